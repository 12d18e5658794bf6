dist_man_MANS += %D%/govindex.1 %D%/govsearch.1

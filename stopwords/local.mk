stopwordsdir = $(pkgdatadir)/stopwords
dist_stopwords_DATA = %D%/english.txt %D%/governance.txt

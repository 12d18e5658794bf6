# Scale-out on Xapian's remote backend (docs/scaling.md): shards behind
# xapian-tcpsrv answer as one index; a server down is named, or left out
# with --allow-partial.
TESTS += tests/scale.sh
EXTRA_DIST += tests/scale.sh

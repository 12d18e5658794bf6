/*
 * stop.h: stopword lists.  A list file has one word per line; '#' starts a
 * comment; words are lower-cased and normalised as text is.
 */
#ifndef GOV_STOP_H
#define GOV_STOP_H

struct xap_stopper;

/* The data directory: $GOVSEARCH_DATADIR if set, else the installed one. */
const char *stop_datadir(void);

/*
 * Loads the default lists for lang (DATADIR/stopwords/LANG.txt and
 * governance.txt, each if present) or, when files is not NULL, the
 * comma-separated files it names instead.  Returns a new stopper (owned
 * by the caller), or NULL with *errmsg (malloc'd) naming the file.
 */
struct xap_stopper *stop_load(const char *lang, const char *files,
    char **errmsg);

/* Adds the words of one file to st.  0, or -1 with *errmsg. */
int stop_load_file(struct xap_stopper *st, const char *path, char **errmsg);

#endif /* GOV_STOP_H */

#!/bin/sh
# Bad input: each case is reported on stderr as "govindex: FILE:LINE: msg"
# (or "govindex: FILE: msg"), the rest is still read, the exit status is 1.
. "$top_srcdir/tests/setup"

B=$top_srcdir/tests/fixtures/bad

# bad NAME FILE PATTERN RECORDS: dumps FILE (from inside its directory),
# wants exit 1, a message matching PATTERN and RECORDS records.
bad() {
	(cd "$(dirname "$2")" && "$GOVINDEX" --dump "$(basename "$2")") \
	    >"$TMP/out" 2>"$TMP/err"
	status=$?
	n=$(wc -l <"$TMP/out")
	if [ $status -eq 1 ] && grep -q "$3" "$TMP/err" && [ "$n" -eq "$4" ]
	then
		check "$1" 0
	else
		check "$1" 1
		diag "exit $status, $n records, stderr:"
		sed 's/^/#   /' "$TMP/err" | head -5
	fi
}

bad "empty file" "$B/empty.txt" '^govindex: empty.txt: empty file$' 0
bad "binary file" "$B/binary.txt" \
    '^govindex: binary.txt:3: binary file (NUL byte at offset 19)$' 0
# Minutes published as documents: the message says what the file is.
printf '%%PDF-1.7\n%%\342\343\317\323\n1 0 obj\n' >"$TMP/minutes.pdf"
bad "a PDF is named as one, with how to read its text" "$TMP/minutes.pdf" \
    '^govindex: minutes.pdf:1: not minutes as text: a PDF document; .*pdftotext' 0
printf 'PK\003\004\024\000\006\000' >"$TMP/minutes.docx"
bad "a Word .docx is named as an archive" "$TMP/minutes.docx" \
    '^govindex: minutes.docx:1: not minutes as text: a ZIP archive' 0
printf '\377\376M\000i\000n\000' >"$TMP/minutes.txt"
bad "UTF-16 text is named as such" "$TMP/minutes.txt" \
    '^govindex: minutes.txt:1: not minutes as text: UTF-16 text; convert' 0
rm -f "$TMP/minutes.pdf" "$TMP/minutes.docx" "$TMP/minutes.txt"
bad "invalid UTF-8 is reported and the item still read" "$B/latin1.txt" \
    '^govindex: latin1.txt:3: invalid UTF-8 at offset 20; read as Windows-1252$' 1
check "bytes that are no UTF-8 are read as Windows-1252" \
    $(grep -q '"title":"Budget été Report"' "$TMP/out"; echo $?)
bad "truncated HTML is reported and what is there read" "$B/truncated.html" \
    '^govindex: truncated.html:10: truncated HTML' 1
bad "malformed JSON lines are reported by line, the rest read" \
    "$B/malformed.jsonl" '^govindex: malformed.jsonl:2: malformed JSON at column' 2
check "every malformed JSON line is reported" \
    $([ "$(wc -l <"$TMP/err")" -eq 3 ] && \
    grep -q '^govindex: malformed.jsonl:3: not a JSON object$' "$TMP/err" && \
    grep -q '^govindex: malformed.jsonl:5: record has no text$' "$TMP/err"; echo $?)
bad "a file with no recognisable item" "$B/noitem.md" \
    '^govindex: noitem.md: no recognisable agenda item$' 0

"$GOVINDEX" --dump "$B/no-such-file.txt" >"$TMP/out" 2>"$TMP/err"
check "a missing file is reported, exit 1" \
    $([ $? -eq 1 ] && grep -q 'no-such-file.txt: No such file' "$TMP/err"; echo $?)

# A 100 MB line: the JSON line is skipped, the next line read; the text
# file's line is skipped and nothing else is there.
{
	printf '{"id":"big","text":"'
	head -c 100000000 /dev/zero | tr '\0' a
	printf '"}\n{"id":"after","text":"Resolved: That the report be noted."}\n'
} >"$TMP/big.jsonl"
bad "a 100 MB JSON line is rejected and the next line read" "$TMP/big.jsonl" \
    '^govindex: big.jsonl:1: line of 100000022 bytes is longer than' 1
check "the line after the 100 MB line is read" \
    $(grep -q '"id":"after"' "$TMP/out"; echo $?)
rm -f "$TMP/big.jsonl"
head -c 100000000 /dev/zero | tr '\0' a >"$TMP/big.txt"
bad "a 100 MB line of text is rejected" "$TMP/big.txt" \
    '^govindex: big.txt:1: line of 100000000 bytes is longer than' 0
rm -f "$TMP/big.txt"

# All of them at once, with good input among them: everything good is
# printed, every bad file named, exit 1.
"$GOVINDEX" --dump "$B" "$top_srcdir/tests/fixtures/html/brackenbury-libraries.txt" \
    >"$TMP/out" 2>"$TMP/err"
status=$?
check "a run with bad and good input exits 1" $([ $status -eq 1 ]; echo $?)
check "the good input of that run is all printed" \
    $([ "$(wc -l <"$TMP/out")" -eq 5 ] && \
    grep -q '"id":"brackenbury-libraries.txt#12"' "$TMP/out"; echo $?)
for f in empty.txt binary.txt latin1.txt truncated.html malformed.jsonl noitem.md; do
	check "the run names $f" $(grep -q "^govindex: .*$f:" "$TMP/err"; echo $?)
done

done_testing

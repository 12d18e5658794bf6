# tests for govsearch serve: the HTTP API with curl, the page in Chromium
TESTS += tests/serve.sh tests/serve-browser.sh
EXTRA_DIST += tests/serve.sh tests/serve-browser.sh
# Screenshots the browser test leaves next to its log.
CLEANFILES += tests/serve-browser.png tests/serve-browser-phone.png

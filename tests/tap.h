/*
 * tap.h: a minimal TAP producer for the C unit tests.
 *   ok(cond, "name_should_behaviour %s", ...);  then  return tap_done();
 */
#ifndef GOV_TAP_H
#define GOV_TAP_H

#include <stdarg.h>
#include <stdio.h>

static int tap_count, tap_failed;

static void
tap_ok(int cond, const char *file, int line, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

static void
tap_ok(int cond, const char *file, int line, const char *fmt, ...)
{
	va_list ap;

	tap_count++;
	if (!cond)
		tap_failed++;
	printf("%s %d - ", cond ? "ok" : "not ok", tap_count);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
	if (!cond)
		printf("#   failed at %s:%d\n", file, line);
	fflush(stdout);
}

#define ok(cond, ...) tap_ok(!!(cond), __FILE__, __LINE__, __VA_ARGS__)

static int
tap_done(void)
{
	printf("1..%d\n", tap_count);
	/* The leak checker may end the process before stdio is flushed. */
	fflush(stdout);
	return tap_failed ? 1 : 0;
}

#endif /* GOV_TAP_H */

/* The parse floor for the throughput benchmark: how long libyaml alone needs to read a corpus.
 *
 *   cc -O2 -o libyaml-floor Benchmarks/libyaml-floor.c -lyaml
 *   find DIR -name '*.yaml' | ./libyaml-floor
 *
 * Reads one path per line on standard input and runs libyaml's event parser over each file
 * (yaml_parser_parse until YAML_STREAM_END_EVENT), single-threaded, building nothing. Prints
 * "FILES BYTES EVENTS SECONDS" on standard output; the time covers reading and parsing, not
 * process start-up. Exits 1 if any file cannot be read or is not well-formed YAML. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <yaml.h>

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

int main(void) {
    char path[4096];
    size_t capacity = 1 << 20, files = 0;
    unsigned long long bytes = 0, events = 0;
    unsigned char *buffer = malloc(capacity);
    if (!buffer) return 1;
    double start = now();
    while (fgets(path, sizeof path, stdin)) {
        path[strcspn(path, "\r\n")] = 0;
        if (!*path) continue;
        FILE *file = fopen(path, "rb");
        if (!file) { perror(path); return 1; }
        size_t length = 0, n;
        while ((n = fread(buffer + length, 1, capacity - length, file)) > 0) {
            length += n;
            if (length == capacity) {
                capacity *= 2;
                if (!(buffer = realloc(buffer, capacity))) return 1;
            }
        }
        fclose(file);
        yaml_parser_t parser;
        yaml_event_t event;
        yaml_parser_initialize(&parser);
        yaml_parser_set_input_string(&parser, buffer, length);
        for (;;) {
            if (!yaml_parser_parse(&parser, &event)) {
                fprintf(stderr, "%s:%zu:%zu: %s\n", path, parser.problem_mark.line + 1,
                        parser.problem_mark.column + 1, parser.problem ? parser.problem : "parse error");
                return 1;
            }
            events++;
            int done = event.type == YAML_STREAM_END_EVENT;
            yaml_event_delete(&event);
            if (done) break;
        }
        yaml_parser_delete(&parser);
        files++;
        bytes += length;
    }
    printf("%zu %llu %llu %.3f\n", files, bytes, events, now() - start);
    free(buffer);
    return 0;
}

#include <stdio.h>
#include <editline/readline.h>

// libedit's settings are C global variables, which Swift 6 rejects as
// shared mutable state; these accessors let the REPL set them from the
// thread that runs it.

static inline void plume_editline_set_name(const char *name) {
    rl_readline_name = name;
}

static inline void plume_editline_set_completion(rl_completion_func_t *function) {
    rl_attempted_completion_function = function;
}

static inline void plume_editline_end_completion(void) {
    rl_attempted_completion_over = 1;
}

static inline const char *plume_editline_line_buffer(void) {
    return rl_line_buffer;
}

/*
 * shim.h — non-variadic wrappers over libedit for Swift.
 *
 * Swift cannot call C variadic functions, and libedit's configuration calls
 * (el_set, el_wset, history_w) are all variadic. Each wrapper below fixes
 * one operation's argument list. The reader uses the wide-character API
 * throughout (el_wgets, el_wline, history_w), so text never passes through
 * the locale's multibyte conversion except when libedit reads keystrokes.
 */
#ifndef CAREBOOK_CLIBEDIT_SHIM_H
#define CAREBOOK_CLIBEDIT_SHIM_H

#include <histedit.h>
#include <stddef.h>
#include <stdio.h>
#include <wchar.h>

/** Wide prompt callback: returns the prompt text, valid until the next call. */
typedef wchar_t *(*cb_wprompt_fn)(EditLine *);

/** Editor function callback: receives the key, returns a CC_* code. */
typedef unsigned char (*cb_editor_fn)(EditLine *, int);

/** Opens an editor on the process's standard streams (which Swift 6 cannot name safely). */
static inline EditLine *cb_el_init_std(const char *prog) {
    return el_init(prog, stdin, stdout, stderr);
}

/** Writes text to standard output through stdio (the stream libedit draws on) and flushes it. */
static inline void cb_stdout_write(const char *text) {
    fflush(stdout);
    fputs(text, stdout);
    fflush(stdout);
}

/** Sets the (wide) prompt function. */
static inline int cb_el_set_prompt(EditLine *el, cb_wprompt_fn fn) {
    return el_wset(el, EL_PROMPT, fn);
}

/** Selects the key map: "emacs" or "vi". */
static inline int cb_el_set_editor(EditLine *el, const char *mode) {
    return el_set(el, EL_EDITOR, mode);
}

/** Lets libedit install its own handlers during el_gets (1) or not (0). */
static inline int cb_el_set_signal(EditLine *el, int on) {
    return el_set(el, EL_SIGNAL, on);
}

/** Attaches a wide history to the editor, for up-arrow and searches. */
static inline int cb_el_set_hist(EditLine *el, HistoryW *h) {
    return el_wset(el, EL_HIST, history_w, h);
}

/** Registers an editor function under `name`, so keys can be bound to it. */
static inline int cb_el_set_addfn(EditLine *el, const char *name, const char *help,
                                  cb_editor_fn fn) {
    return el_set(el, EL_ADDFN, name, help, fn);
}

/** Binds a key sequence (e.g. "^R", "^I") to a named editor function. */
static inline int cb_el_bind(EditLine *el, const char *key, const char *function) {
    return el_set(el, EL_BIND, key, function, (const char *)NULL);
}

/** Sets one tty mode flag for a mode group ("-d" edit mode, "-x" execute). */
static inline int cb_el_setty(EditLine *el, const char *group, const char *setting) {
    return el_set(el, EL_SETTY, group, setting, (const char *)NULL);
}

/** Stores an opaque pointer on the editor (the Swift reader object). */
static inline int cb_el_set_clientdata(EditLine *el, void *data) {
    return el_set(el, EL_CLIENTDATA, data);
}

/** Returns the pointer stored with cb_el_set_clientdata, or NULL. */
static inline void *cb_el_get_clientdata(EditLine *el) {
    void *data = NULL;
    if (el_get(el, EL_CLIENTDATA, &data) != 0) return NULL;
    return data;
}

/** Redraws the prompt and line (after printing below it). */
static inline int cb_el_refresh(EditLine *el) {
    return el_set(el, EL_REFRESH);
}

/** Limits the number of entries kept in memory. */
static inline int cb_history_setsize(HistoryW *h, int size) {
    HistEventW ev;
    return history_w(h, &ev, H_SETSIZE, size);
}

/** Refuses consecutive duplicate entries (1) or keeps them (0). */
static inline int cb_history_setunique(HistoryW *h, int on) {
    HistEventW ev;
    return history_w(h, &ev, H_SETUNIQUE, on);
}

/** Adds an entry as the newest event. */
static inline int cb_history_enter(HistoryW *h, const wchar_t *line) {
    HistEventW ev;
    return history_w(h, &ev, H_ENTER, line);
}

/** Number of entries currently held. */
static inline int cb_history_count(HistoryW *h) {
    HistEventW ev;
    if (history_w(h, &ev, H_GETSIZE) != 0) return 0;
    return ev.num;
}

/** Forgets all entries. */
static inline int cb_history_clear(HistoryW *h) {
    HistEventW ev;
    return history_w(h, &ev, H_CLEAR);
}

#endif

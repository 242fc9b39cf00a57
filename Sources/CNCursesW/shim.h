#ifndef RUNDE_CNCURSESW_SHIM_H
#define RUNDE_CNCURSESW_SHIM_H
// SwiftPM drops -D flags from pkg-config, so define the wide-character API here.
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <curses.h>
#include <term.h>
#endif

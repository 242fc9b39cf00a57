#compdef runde

__runde_complete() {
    local -ar non_empty_completions=("${@:#(|:*)}")
    local -ar empty_completions=("${(M)@:#(|:*)}")
    _describe -V '' non_empty_completions -- empty_completions -P $'\'\''
}

__runde_custom_complete() {
    local -a completions
    completions=("${(@f)"$("${command_name}" "${@}" "${command_line[@]}")"}")
    if [[ "${#completions[@]}" -gt 1 ]]; then
        __runde_complete "${completions[@]:0:-1}"
    fi
}

__runde_cursor_index_in_current_word() {
    if [[ -z "${QIPREFIX}${IPREFIX}${PREFIX}" ]]; then
        printf 0
    else
        printf %s "${#${(z)LBUFFER}[-1]}"
    fi
}

_runde() {
    emulate -RL zsh -G
    setopt extendedglob nullglob numericglobsort
    unsetopt aliases banghist

    local -xr SAP_SHELL=zsh
    local -x SAP_SHELL_VERSION
    SAP_SHELL_VERSION="$(builtin emulate zsh -c 'printf %s "${ZSH_VERSION}"')"
    local -r SAP_SHELL_VERSION

    local context state state_descr line
    local -A opt_args

    local -r command_name="${words[1]}"
    local -ar command_line=("${words[@]}")
    local -ir current_word_index="$((CURRENT - 1))"

    local -i ret=1
    local -ar ___lang=('nb' 'en')
    local -ar arg_specs=(
        '--data-dir[Data folder (overrides $RUNDE_HOME).]:data-dir:_files -/'
        '--plain[Screen-reader mode\: every screen as lines of text, no full-screen drawing.]'
        '--theme[Theme name (see `runde themes`) or a theme file path.]:theme:{__runde_custom_complete ---completion -- --theme "${current_word_index}" "$(__runde_cursor_index_in_current_word)"}'
        '--lang[Language\: nb or en (default from LANG).]:lang:{__runde_complete "${___lang[@]}"}'
        '--no-color[No colours (NO_COLOR is respected too).]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
        '(-): :->command'
        '(-)*:: :->arg'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0
    case "${state}" in
    command)
        local -ar subcommands=(
            'meeting:Run a live meeting for a group.'
            'demo:Rehearse a meeting with a fictional group, with time sped up. Saves nothing.'
            'room:Show the meeting'\''s clock, without names, on a screen for the whole group.'
            'group:Create, list, show, edit and delete groups.'
            'history:Look back over past meetings: browse, list, show or delete logs.'
            'handover:Move a group and its logs to another laptop in one encrypted file.'
            'themes:List and preview the colour themes, or check a theme file.'
            'help:Show subcommand help information.'
        )
        _describe -V subcommand subcommands && ret=0
        ;;
    arg)
        case "${words[1]}" in
        meeting|demo|room|group|history|handover|themes|help)
            "_runde_${words[1]}" && ret=0
            ;;
        esac
        ;;
    esac

    return "${ret}"
}

_runde_meeting() {
    local -i ret=1
    local -ar ___lang=('nb' 'en')
    local -ar ___bell=('off' 'audible' 'flash')
    local -ar arg_specs=(
        '--data-dir[Data folder (overrides $RUNDE_HOME).]:data-dir:_files -/'
        '--plain[Screen-reader mode\: every screen as lines of text, no full-screen drawing.]'
        '--theme[Theme name (see `runde themes`) or a theme file path.]:theme:{__runde_custom_complete ---completion meeting -- --theme "${current_word_index}" "$(__runde_cursor_index_in_current_word)"}'
        '--lang[Language\: nb or en (default from LANG).]:lang:{__runde_complete "${___lang[@]}"}'
        '--no-color[No colours (NO_COLOR is respected too).]'
        '(--group -g)'{--group,-g}'[The group'\''s name (needed when there are several).]:group:{__runde_custom_complete ---completion meeting -- --group "${current_word_index}" "$(__runde_cursor_index_in_current_word)"}'
        '--bell[Signal the end of a turn and of the pause\: off, audible or flash (default\: the group'\''s bell setting, off unless turned on).]:bell:{__runde_complete "${___bell[@]}"}'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_runde_demo() {
    local -i ret=1
    local -ar ___lang=('nb' 'en')
    local -ar arg_specs=(
        '--data-dir[Data folder (overrides $RUNDE_HOME).]:data-dir:_files -/'
        '--plain[Screen-reader mode\: every screen as lines of text, no full-screen drawing.]'
        '--theme[Theme name (see `runde themes`) or a theme file path.]:theme:{__runde_custom_complete ---completion demo -- --theme "${current_word_index}" "$(__runde_cursor_index_in_current_word)"}'
        '--lang[Language\: nb or en (default from LANG).]:lang:{__runde_complete "${___lang[@]}"}'
        '--no-color[No colours (NO_COLOR is respected too).]'
        '--speed[How many times faster than real time the clock runs (1–600).]:speed:'
        '--first[Rehearse a first meeting\: the one a new group'\''s leader faces.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_runde_room() {
    local -i ret=1
    local -ar ___lang=('nb' 'en')
    local -ar arg_specs=(
        '--data-dir[Data folder (overrides $RUNDE_HOME).]:data-dir:_files -/'
        '--plain[Screen-reader mode\: every screen as lines of text, no full-screen drawing.]'
        '--theme[Theme name (see `runde themes`) or a theme file path.]:theme:{__runde_custom_complete ---completion room -- --theme "${current_word_index}" "$(__runde_cursor_index_in_current_word)"}'
        '--lang[Language\: nb or en (default from LANG).]:lang:{__runde_complete "${___lang[@]}"}'
        '--no-color[No colours (NO_COLOR is respected too).]'
        '(--group -g)'{--group,-g}'[The group'\''s name (needed when there are several).]:group:{__runde_custom_complete ---completion room -- --group "${current_word_index}" "$(__runde_cursor_index_in_current_word)"}'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_runde_group() {
    local -i ret=1
    local -ar arg_specs=(
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
        '(-): :->command'
        '(-)*:: :->arg'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0
    case "${state}" in
    command)
        local -ar subcommands=(
            'create:Create a group with its members in rotation order.'
            'list:List the groups in the data folder.'
            'show:Show a group'\''s members, settings and rules.'
            'edit:Change a group: members and rotation order, settings, rules, format and agenda.'
            'delete:Delete a group for good: its file, all its logs, and any unfinished meeting.'
        )
        _describe -V subcommand subcommands && ret=0
        ;;
    arg)
        case "${words[1]}" in
        create|list|show|edit|delete)
            "_runde_group_${words[1]}" && ret=0
            ;;
        esac
        ;;
    esac

    return "${ret}"
}

_runde_group_create() {
    local -i ret=1
    local -ar ___lang=('nb' 'en')
    local -ar arg_specs=(
        '--data-dir[Data folder (overrides $RUNDE_HOME).]:data-dir:_files -/'
        '--plain[Screen-reader mode\: every screen as lines of text, no full-screen drawing.]'
        '--theme[Theme name (see `runde themes`) or a theme file path.]:theme:{__runde_custom_complete ---completion group create -- --theme "${current_word_index}" "$(__runde_cursor_index_in_current_word)"}'
        '--lang[Language\: nb or en (default from LANG).]:lang:{__runde_complete "${___lang[@]}"}'
        '--no-color[No colours (NO_COLOR is respected too).]'
        ':name:'
        '--members[Members in rotation order, separated by commas.]:A,B,C:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_runde_group_list() {
    local -i ret=1
    local -ar ___lang=('nb' 'en')
    local -ar arg_specs=(
        '--data-dir[Data folder (overrides $RUNDE_HOME).]:data-dir:_files -/'
        '--plain[Screen-reader mode\: every screen as lines of text, no full-screen drawing.]'
        '--theme[Theme name (see `runde themes`) or a theme file path.]:theme:{__runde_custom_complete ---completion group list -- --theme "${current_word_index}" "$(__runde_cursor_index_in_current_word)"}'
        '--lang[Language\: nb or en (default from LANG).]:lang:{__runde_complete "${___lang[@]}"}'
        '--no-color[No colours (NO_COLOR is respected too).]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_runde_group_show() {
    local -i ret=1
    local -ar ___lang=('nb' 'en')
    local -ar arg_specs=(
        '--data-dir[Data folder (overrides $RUNDE_HOME).]:data-dir:_files -/'
        '--plain[Screen-reader mode\: every screen as lines of text, no full-screen drawing.]'
        '--theme[Theme name (see `runde themes`) or a theme file path.]:theme:{__runde_custom_complete ---completion group show -- --theme "${current_word_index}" "$(__runde_cursor_index_in_current_word)"}'
        '--lang[Language\: nb or en (default from LANG).]:lang:{__runde_complete "${___lang[@]}"}'
        '--no-color[No colours (NO_COLOR is respected too).]'
        ':name:{__runde_custom_complete ---completion group show -- positional@0 "${current_word_index}" "$(__runde_cursor_index_in_current_word)"}'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_runde_group_edit() {
    local -i ret=1
    local -ar ___lang=('nb' 'en')
    local -ar ___format=('first' 'second' 'regular' 'custom' 'auto')
    local -ar arg_specs=(
        '--data-dir[Data folder (overrides $RUNDE_HOME).]:data-dir:_files -/'
        '--plain[Screen-reader mode\: every screen as lines of text, no full-screen drawing.]'
        '--theme[Theme name (see `runde themes`) or a theme file path.]:theme:{__runde_custom_complete ---completion group edit -- --theme "${current_word_index}" "$(__runde_cursor_index_in_current_word)"}'
        '--lang[Language\: nb or en (default from LANG).]:lang:{__runde_complete "${___lang[@]}"}'
        '--no-color[No colours (NO_COLOR is respected too).]'
        ':name:{__runde_custom_complete ---completion group edit -- positional@0 "${current_word_index}" "$(__runde_cursor_index_in_current_word)"}'
        '*--add-member[Add a member at the end of the rotation (repeatable).]:add-member:'
        '*--remove-member[Remove a member (repeatable).]:remove-member:'
        '*--leaving[Mark a member as leaving\: their next meeting has a farewell round, then they leave the rotation (repeatable).]:leaving:'
        '--move-member[Move a member to the position given by --to.]:move-member:'
        '--to[The new position (1 = first) for --move-member.]:to:'
        '--next-leader[Who leads next time (skips others in the rotation).]:next-leader:'
        '*--set[A setting, KEY=VALUE (repeatable).]:KEY=VALUE:'
        '--rules[The rules card'\''s text (use \\n for new lines).]:rules:'
        '--rules-file[Read the rules card'\''s text from a file.]:rules-file:'
        '--format[first, second, regular, custom, or auto (chosen by how many meetings were held).]:format:{__runde_complete "${___format[@]}"}'
        '--agenda-file[A TOML file with \[\[agenda\]\] steps (kind, title, text, minutes).]:agenda-file:'
        '--next-theme[The theme for the next meeting. Names are taken out, as in the meeting, and what is saved is printed.]:next-theme:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_runde_group_delete() {
    local -i ret=1
    local -ar ___lang=('nb' 'en')
    local -ar arg_specs=(
        '--data-dir[Data folder (overrides $RUNDE_HOME).]:data-dir:_files -/'
        '--plain[Screen-reader mode\: every screen as lines of text, no full-screen drawing.]'
        '--theme[Theme name (see `runde themes`) or a theme file path.]:theme:{__runde_custom_complete ---completion group delete -- --theme "${current_word_index}" "$(__runde_cursor_index_in_current_word)"}'
        '--lang[Language\: nb or en (default from LANG).]:lang:{__runde_complete "${___lang[@]}"}'
        '--no-color[No colours (NO_COLOR is respected too).]'
        ':name:{__runde_custom_complete ---completion group delete -- positional@0 "${current_word_index}" "$(__runde_cursor_index_in_current_word)"}'
        '(-y --yes)'{-y,--yes}'[Do not ask for confirmation.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_runde_history() {
    local -i ret=1
    local -ar ___lang=('nb' 'en')
    local -ar arg_specs=(
        '--data-dir[Data folder (overrides $RUNDE_HOME).]:data-dir:_files -/'
        '--plain[Screen-reader mode\: every screen as lines of text, no full-screen drawing.]'
        '--theme[Theme name (see `runde themes`) or a theme file path.]:theme:{__runde_custom_complete ---completion history -- --theme "${current_word_index}" "$(__runde_cursor_index_in_current_word)"}'
        '--lang[Language\: nb or en (default from LANG).]:lang:{__runde_complete "${___lang[@]}"}'
        '--no-color[No colours (NO_COLOR is respected too).]'
        '--group[The group (needed only when there are several).]:group:{__runde_custom_complete ---completion history -- --group "${current_word_index}" "$(__runde_cursor_index_in_current_word)"}'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
        '(-): :->command'
        '(-)*:: :->arg'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0
    case "${state}" in
    command)
        local -ar subcommands=(
            'list:List past meetings (no curses; for scripts and printing).'
            'show:Show one meeting: phases planned vs actual, turns, speaking distribution.'
            'delete:Delete one meeting'\''s log.'
        )
        _describe -V subcommand subcommands && ret=0
        ;;
    arg)
        case "${words[1]}" in
        list|show|delete)
            "_runde_history_${words[1]}" && ret=0
            ;;
        esac
        ;;
    esac

    return "${ret}"
}

_runde_history_list() {
    local -i ret=1
    local -ar ___lang=('nb' 'en')
    local -ar ___format=('table' 'csv' 'json' 'markdown')
    local -ar arg_specs=(
        '--data-dir[Data folder (overrides $RUNDE_HOME).]:data-dir:_files -/'
        '--plain[Screen-reader mode\: every screen as lines of text, no full-screen drawing.]'
        '--theme[Theme name (see `runde themes`) or a theme file path.]:theme:{__runde_custom_complete ---completion history list -- --theme "${current_word_index}" "$(__runde_cursor_index_in_current_word)"}'
        '--lang[Language\: nb or en (default from LANG).]:lang:{__runde_complete "${___lang[@]}"}'
        '--no-color[No colours (NO_COLOR is respected too).]'
        '--group[The group (needed only when there are several).]:group:{__runde_custom_complete ---completion history list -- --group "${current_word_index}" "$(__runde_cursor_index_in_current_word)"}'
        '--format[Output format\: table (the whole table), csv, json or markdown. Without\: the table fitted to the width.]:format:{__runde_complete "${___format[@]}"}'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_runde_history_show() {
    local -i ret=1
    local -ar ___lang=('nb' 'en')
    local -ar ___format=('table' 'json' 'markdown')
    local -ar arg_specs=(
        '--data-dir[Data folder (overrides $RUNDE_HOME).]:data-dir:_files -/'
        '--plain[Screen-reader mode\: every screen as lines of text, no full-screen drawing.]'
        '--theme[Theme name (see `runde themes`) or a theme file path.]:theme:{__runde_custom_complete ---completion history show -- --theme "${current_word_index}" "$(__runde_cursor_index_in_current_word)"}'
        '--lang[Language\: nb or en (default from LANG).]:lang:{__runde_complete "${___lang[@]}"}'
        '--no-color[No colours (NO_COLOR is respected too).]'
        ':id:'
        '--group[The group (needed only when there are several).]:group:{__runde_custom_complete ---completion history show -- --group "${current_word_index}" "$(__runde_cursor_index_in_current_word)"}'
        '--format[Output format\: table, json or markdown.]:format:{__runde_complete "${___format[@]}"}'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_runde_history_delete() {
    local -i ret=1
    local -ar ___lang=('nb' 'en')
    local -ar arg_specs=(
        '--data-dir[Data folder (overrides $RUNDE_HOME).]:data-dir:_files -/'
        '--plain[Screen-reader mode\: every screen as lines of text, no full-screen drawing.]'
        '--theme[Theme name (see `runde themes`) or a theme file path.]:theme:{__runde_custom_complete ---completion history delete -- --theme "${current_word_index}" "$(__runde_cursor_index_in_current_word)"}'
        '--lang[Language\: nb or en (default from LANG).]:lang:{__runde_complete "${___lang[@]}"}'
        '--no-color[No colours (NO_COLOR is respected too).]'
        ':id:'
        '--group[The group (needed only when there are several).]:group:{__runde_custom_complete ---completion history delete -- --group "${current_word_index}" "$(__runde_cursor_index_in_current_word)"}'
        '--yes[Do not ask for confirmation.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_runde_handover() {
    local -i ret=1
    local -ar arg_specs=(
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
        '(-): :->command'
        '(-)*:: :->arg'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0
    case "${state}" in
    command)
        local -ar subcommands=(
            'export:Write the group file and all its logs to one encrypted file.'
            'import:Add a group and its logs from a handover file.'
        )
        _describe -V subcommand subcommands && ret=0
        ;;
    arg)
        case "${words[1]}" in
        export|import)
            "_runde_handover_${words[1]}" && ret=0
            ;;
        esac
        ;;
    esac

    return "${ret}"
}

_runde_handover_export() {
    local -i ret=1
    local -ar ___lang=('nb' 'en')
    local -ar arg_specs=(
        '--data-dir[Data folder (overrides $RUNDE_HOME).]:data-dir:_files -/'
        '--plain[Screen-reader mode\: every screen as lines of text, no full-screen drawing.]'
        '--theme[Theme name (see `runde themes`) or a theme file path.]:theme:{__runde_custom_complete ---completion handover export -- --theme "${current_word_index}" "$(__runde_cursor_index_in_current_word)"}'
        '--lang[Language\: nb or en (default from LANG).]:lang:{__runde_complete "${___lang[@]}"}'
        '--no-color[No colours (NO_COLOR is respected too).]'
        '--group[The group'\''s name or folder name (optional when there is only one group).]:group:{__runde_custom_complete ---completion handover export -- --group "${current_word_index}" "$(__runde_cursor_index_in_current_word)"}'
        '--to[The file to write (it must not exist yet).]:file:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_runde_handover_import() {
    local -i ret=1
    local -ar ___lang=('nb' 'en')
    local -ar arg_specs=(
        '--data-dir[Data folder (overrides $RUNDE_HOME).]:data-dir:_files -/'
        '--plain[Screen-reader mode\: every screen as lines of text, no full-screen drawing.]'
        '--theme[Theme name (see `runde themes`) or a theme file path.]:theme:{__runde_custom_complete ---completion handover import -- --theme "${current_word_index}" "$(__runde_cursor_index_in_current_word)"}'
        '--lang[Language\: nb or en (default from LANG).]:lang:{__runde_complete "${___lang[@]}"}'
        '--no-color[No colours (NO_COLOR is respected too).]'
        ':file:'
        '--keep-backup[Keep the backup of a replaced group file (it holds the member names).]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_runde_themes() {
    local -i ret=1
    local -ar ___lang=('nb' 'en')
    local -ar arg_specs=(
        '--data-dir[Data folder (overrides $RUNDE_HOME).]:data-dir:_files -/'
        '--plain[Screen-reader mode\: every screen as lines of text, no full-screen drawing.]'
        '--theme[Theme name (see `runde themes`) or a theme file path.]:theme:{__runde_custom_complete ---completion themes -- --theme "${current_word_index}" "$(__runde_cursor_index_in_current_word)"}'
        '--lang[Language\: nb or en (default from LANG).]:lang:{__runde_complete "${___lang[@]}"}'
        '--no-color[No colours (NO_COLOR is respected too).]'
        '--check[Check a theme file\: prints "ok", or the problem and exits 1.]:path:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_runde_help() {
    local -i ret=1
    local -ar arg_specs=(
        '*:subcommands:'
        '--version[Show the version.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

if [[ "${funcstack[1]}" = _runde ]]; then
    _runde "${@}"
else
    compdef _runde runde
fi

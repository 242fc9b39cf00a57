function __runde_should_offer_completions_for_flags_or_options -a expected_commands
    set -l non_repeating_flags_or_options $argv[2..]
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __runde_parse_tokens
    test "$commands" = "$expected_commands"; and return $non_repeating_flags_or_options_absent
end

function __runde_should_offer_completions_for_positional -a expected_commands positional_index_comparison expected_positional_index
    set -l non_repeating_flags_or_options
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __runde_parse_tokens
    test "$commands" = "$expected_commands" -a \( "$positional_index" "$positional_index_comparison" "$expected_positional_index" \)
end

function __runde_parse_tokens -S
    set -l unparsed_tokens (__runde_tokens -pc)
    switch $unparsed_tokens[1]
    case 'runde'
        __runde_parse_subcommand 0 'data-dir=' 'plain' 'theme=' 'lang=' 'no-color' 'version' 'h/help'
        switch $unparsed_tokens[1]
        case 'meeting'
            __runde_parse_subcommand 0 'data-dir=' 'plain' 'theme=' 'lang=' 'no-color' 'g/group=' 'bell=' 'version' 'h/help'
        case 'demo'
            __runde_parse_subcommand 0 'data-dir=' 'plain' 'theme=' 'lang=' 'no-color' 'speed=' 'first' 'version' 'h/help'
        case 'room'
            __runde_parse_subcommand 0 'data-dir=' 'plain' 'theme=' 'lang=' 'no-color' 'g/group=' 'version' 'h/help'
        case 'group'
            __runde_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'create'
                __runde_parse_subcommand 1 'data-dir=' 'plain' 'theme=' 'lang=' 'no-color' 'members=' 'version' 'h/help'
            case 'list'
                __runde_parse_subcommand 0 'data-dir=' 'plain' 'theme=' 'lang=' 'no-color' 'version' 'h/help'
            case 'show'
                __runde_parse_subcommand 1 'data-dir=' 'plain' 'theme=' 'lang=' 'no-color' 'version' 'h/help'
            case 'edit'
                __runde_parse_subcommand 1 'data-dir=' 'plain' 'theme=' 'lang=' 'no-color' 'add-member=+' 'remove-member=+' 'leaving=+' 'move-member=' 'to=' 'next-leader=' 'set=+' 'rules=' 'rules-file=' 'format=' 'agenda-file=' 'next-theme=' 'version' 'h/help'
            case 'delete'
                __runde_parse_subcommand 1 'data-dir=' 'plain' 'theme=' 'lang=' 'no-color' 'y/yes' 'version' 'h/help'
            end
        case 'history'
            __runde_parse_subcommand 0 'data-dir=' 'plain' 'theme=' 'lang=' 'no-color' 'group=' 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'list'
                __runde_parse_subcommand 0 'data-dir=' 'plain' 'theme=' 'lang=' 'no-color' 'group=' 'format=' 'version' 'h/help'
            case 'show'
                __runde_parse_subcommand 1 'data-dir=' 'plain' 'theme=' 'lang=' 'no-color' 'group=' 'format=' 'version' 'h/help'
            case 'delete'
                __runde_parse_subcommand 1 'data-dir=' 'plain' 'theme=' 'lang=' 'no-color' 'group=' 'yes' 'version' 'h/help'
            end
        case 'handover'
            __runde_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'export'
                __runde_parse_subcommand 0 'data-dir=' 'plain' 'theme=' 'lang=' 'no-color' 'group=' 'to=' 'version' 'h/help'
            case 'import'
                __runde_parse_subcommand 1 'data-dir=' 'plain' 'theme=' 'lang=' 'no-color' 'keep-backup' 'version' 'h/help'
            end
        case 'themes'
            __runde_parse_subcommand 0 'data-dir=' 'plain' 'theme=' 'lang=' 'no-color' 'check=' 'version' 'h/help'
        case 'help'
            __runde_parse_subcommand -r 1 'version'
        end
    end
end

function __runde_tokens
    if test (string split -m 1 -f 1 -- . "$FISH_VERSION") -gt 3
        commandline --tokens-raw $argv
    else
        commandline -o $argv
    end
end

function __runde_parse_subcommand -S -a positional_count
    argparse -s r -- $argv
    set -l option_specs $argv[2..]
    set -l is_repeating_positional $_flag_r
    set -el _flag_r
    set -a commands $unparsed_tokens[1]
    set positional_index 0
    while true
        set -e unparsed_tokens[1]
        argparse -sn "$commands" $option_specs -- $unparsed_tokens 2> /dev/null
        set unparsed_tokens $argv
        set positional_index (math $positional_index + 1)
        for non_repeating_flag_or_option in $non_repeating_flags_or_options
            if set -ql "_flag_$(string replace -a - _ -- $non_repeating_flag_or_option)"
                set non_repeating_flags_or_options_absent 1
                break
            end
        end
        test (count $unparsed_tokens) -eq 0 -o \( -z "$is_repeating_positional" -a "$positional_index" -gt "$positional_count" \) && break
    end
end

function __runde_complete_directories
    set -l token (commandline -t)
    string match -- '*/' $token
    set -l subdirs $token*/
    printf %s\n $subdirs
end

function __runde_custom_completion
    set -x SAP_SHELL fish
    set -x SAP_SHELL_VERSION $FISH_VERSION
    set -l tokens (__runde_tokens -p)
    if test -z "$(__runde_tokens -t)"
        set -l index (count (__runde_tokens -pc))
        set tokens $tokens[..$index] \'\' $tokens[(math $index + 1)..]
    end
    command $tokens[1] $argv $tokens
end

complete -c 'runde' -f
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde" data-dir' -l 'data-dir' -d 'Data folder (overrides $RUNDE_HOME).' -rfa '(__runde_complete_directories)'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde" plain' -l 'plain' -d 'Screen-reader mode: every screen as lines of text, no full-screen drawing.'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde" theme' -l 'theme' -d 'Theme name (see `runde themes`) or a theme file path.' -rfka '(__runde_custom_completion ---completion -- --theme (count (__runde_tokens -pc)) (__runde_tokens -tC))'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde" lang' -l 'lang' -d 'Language: nb or en (default from LANG).' -rfka 'nb en'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde" no-color' -l 'no-color' -d 'No colours (NO_COLOR is respected too).'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde" version' -l 'version' -d 'Show the version.'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'runde' -n '__runde_should_offer_completions_for_positional "runde" -eq 1' -fa 'meeting' -d 'Run a live meeting for a group.'
complete -c 'runde' -n '__runde_should_offer_completions_for_positional "runde" -eq 1' -fa 'demo' -d 'Rehearse a meeting with a fictional group, with time sped up. Saves nothing.'
complete -c 'runde' -n '__runde_should_offer_completions_for_positional "runde" -eq 1' -fa 'room' -d 'Show the meeting\'s clock, without names, on a screen for the whole group.'
complete -c 'runde' -n '__runde_should_offer_completions_for_positional "runde" -eq 1' -fa 'group' -d 'Create, list, show, edit and delete groups.'
complete -c 'runde' -n '__runde_should_offer_completions_for_positional "runde" -eq 1' -fa 'history' -d 'Look back over past meetings: browse, list, show or delete logs.'
complete -c 'runde' -n '__runde_should_offer_completions_for_positional "runde" -eq 1' -fa 'handover' -d 'Move a group and its logs to another laptop in one encrypted file.'
complete -c 'runde' -n '__runde_should_offer_completions_for_positional "runde" -eq 1' -fa 'themes' -d 'List and preview the colour themes, or check a theme file.'
complete -c 'runde' -n '__runde_should_offer_completions_for_positional "runde" -eq 1' -fa 'help' -d 'Show subcommand help information.'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde meeting" data-dir' -l 'data-dir' -d 'Data folder (overrides $RUNDE_HOME).' -rfa '(__runde_complete_directories)'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde meeting" plain' -l 'plain' -d 'Screen-reader mode: every screen as lines of text, no full-screen drawing.'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde meeting" theme' -l 'theme' -d 'Theme name (see `runde themes`) or a theme file path.' -rfka '(__runde_custom_completion ---completion meeting -- --theme (count (__runde_tokens -pc)) (__runde_tokens -tC))'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde meeting" lang' -l 'lang' -d 'Language: nb or en (default from LANG).' -rfka 'nb en'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde meeting" no-color' -l 'no-color' -d 'No colours (NO_COLOR is respected too).'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde meeting" g group' -l 'group' -s 'g' -d 'The group\'s name (needed when there are several).' -rfka '(__runde_custom_completion ---completion meeting -- --group (count (__runde_tokens -pc)) (__runde_tokens -tC))'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde meeting" bell' -l 'bell' -d 'Signal the end of a turn and of the pause: off, audible or flash (default: the group\'s bell setting, off unless turned on).' -rfka 'off audible flash'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde meeting" version' -l 'version' -d 'Show the version.'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde meeting" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde demo" data-dir' -l 'data-dir' -d 'Data folder (overrides $RUNDE_HOME).' -rfa '(__runde_complete_directories)'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde demo" plain' -l 'plain' -d 'Screen-reader mode: every screen as lines of text, no full-screen drawing.'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde demo" theme' -l 'theme' -d 'Theme name (see `runde themes`) or a theme file path.' -rfka '(__runde_custom_completion ---completion demo -- --theme (count (__runde_tokens -pc)) (__runde_tokens -tC))'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde demo" lang' -l 'lang' -d 'Language: nb or en (default from LANG).' -rfka 'nb en'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde demo" no-color' -l 'no-color' -d 'No colours (NO_COLOR is respected too).'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde demo" speed' -l 'speed' -d 'How many times faster than real time the clock runs (1–600).' -rfka ''
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde demo" first' -l 'first' -d 'Rehearse a first meeting: the one a new group\'s leader faces.'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde demo" version' -l 'version' -d 'Show the version.'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde demo" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde room" data-dir' -l 'data-dir' -d 'Data folder (overrides $RUNDE_HOME).' -rfa '(__runde_complete_directories)'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde room" plain' -l 'plain' -d 'Screen-reader mode: every screen as lines of text, no full-screen drawing.'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde room" theme' -l 'theme' -d 'Theme name (see `runde themes`) or a theme file path.' -rfka '(__runde_custom_completion ---completion room -- --theme (count (__runde_tokens -pc)) (__runde_tokens -tC))'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde room" lang' -l 'lang' -d 'Language: nb or en (default from LANG).' -rfka 'nb en'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde room" no-color' -l 'no-color' -d 'No colours (NO_COLOR is respected too).'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde room" g group' -l 'group' -s 'g' -d 'The group\'s name (needed when there are several).' -rfka '(__runde_custom_completion ---completion room -- --group (count (__runde_tokens -pc)) (__runde_tokens -tC))'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde room" version' -l 'version' -d 'Show the version.'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde room" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde group" version' -l 'version' -d 'Show the version.'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde group" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'runde' -n '__runde_should_offer_completions_for_positional "runde group" -eq 1' -fa 'create' -d 'Create a group with its members in rotation order.'
complete -c 'runde' -n '__runde_should_offer_completions_for_positional "runde group" -eq 1' -fa 'list' -d 'List the groups in the data folder.'
complete -c 'runde' -n '__runde_should_offer_completions_for_positional "runde group" -eq 1' -fa 'show' -d 'Show a group\'s members, settings and rules.'
complete -c 'runde' -n '__runde_should_offer_completions_for_positional "runde group" -eq 1' -fa 'edit' -d 'Change a group: members and rotation order, settings, rules, format and agenda.'
complete -c 'runde' -n '__runde_should_offer_completions_for_positional "runde group" -eq 1' -fa 'delete' -d 'Delete a group for good: its file, all its logs, and any unfinished meeting.'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde group create" data-dir' -l 'data-dir' -d 'Data folder (overrides $RUNDE_HOME).' -rfa '(__runde_complete_directories)'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde group create" plain' -l 'plain' -d 'Screen-reader mode: every screen as lines of text, no full-screen drawing.'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde group create" theme' -l 'theme' -d 'Theme name (see `runde themes`) or a theme file path.' -rfka '(__runde_custom_completion ---completion group create -- --theme (count (__runde_tokens -pc)) (__runde_tokens -tC))'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde group create" lang' -l 'lang' -d 'Language: nb or en (default from LANG).' -rfka 'nb en'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde group create" no-color' -l 'no-color' -d 'No colours (NO_COLOR is respected too).'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde group create" members' -l 'members' -d 'Members in rotation order, separated by commas.' -rfka ''
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde group create" version' -l 'version' -d 'Show the version.'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde group create" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde group list" data-dir' -l 'data-dir' -d 'Data folder (overrides $RUNDE_HOME).' -rfa '(__runde_complete_directories)'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde group list" plain' -l 'plain' -d 'Screen-reader mode: every screen as lines of text, no full-screen drawing.'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde group list" theme' -l 'theme' -d 'Theme name (see `runde themes`) or a theme file path.' -rfka '(__runde_custom_completion ---completion group list -- --theme (count (__runde_tokens -pc)) (__runde_tokens -tC))'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde group list" lang' -l 'lang' -d 'Language: nb or en (default from LANG).' -rfka 'nb en'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde group list" no-color' -l 'no-color' -d 'No colours (NO_COLOR is respected too).'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde group list" version' -l 'version' -d 'Show the version.'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde group list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde group show" data-dir' -l 'data-dir' -d 'Data folder (overrides $RUNDE_HOME).' -rfa '(__runde_complete_directories)'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde group show" plain' -l 'plain' -d 'Screen-reader mode: every screen as lines of text, no full-screen drawing.'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde group show" theme' -l 'theme' -d 'Theme name (see `runde themes`) or a theme file path.' -rfka '(__runde_custom_completion ---completion group show -- --theme (count (__runde_tokens -pc)) (__runde_tokens -tC))'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde group show" lang' -l 'lang' -d 'Language: nb or en (default from LANG).' -rfka 'nb en'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde group show" no-color' -l 'no-color' -d 'No colours (NO_COLOR is respected too).'
complete -c 'runde' -n '__runde_should_offer_completions_for_positional "runde group show" -eq 1' -fka '(__runde_custom_completion ---completion group show -- positional@0 (count (__runde_tokens -pc)) (__runde_tokens -tC))'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde group show" version' -l 'version' -d 'Show the version.'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde group show" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde group edit" data-dir' -l 'data-dir' -d 'Data folder (overrides $RUNDE_HOME).' -rfa '(__runde_complete_directories)'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde group edit" plain' -l 'plain' -d 'Screen-reader mode: every screen as lines of text, no full-screen drawing.'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde group edit" theme' -l 'theme' -d 'Theme name (see `runde themes`) or a theme file path.' -rfka '(__runde_custom_completion ---completion group edit -- --theme (count (__runde_tokens -pc)) (__runde_tokens -tC))'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde group edit" lang' -l 'lang' -d 'Language: nb or en (default from LANG).' -rfka 'nb en'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde group edit" no-color' -l 'no-color' -d 'No colours (NO_COLOR is respected too).'
complete -c 'runde' -n '__runde_should_offer_completions_for_positional "runde group edit" -eq 1' -fka '(__runde_custom_completion ---completion group edit -- positional@0 (count (__runde_tokens -pc)) (__runde_tokens -tC))'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde group edit"' -l 'add-member' -d 'Add a member at the end of the rotation (repeatable).' -rfka ''
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde group edit"' -l 'remove-member' -d 'Remove a member (repeatable).' -rfka ''
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde group edit"' -l 'leaving' -d 'Mark a member as leaving: their next meeting has a farewell round, then they leave the rotation (repeatable).' -rfka ''
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde group edit" move-member' -l 'move-member' -d 'Move a member to the position given by --to.' -rfka ''
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde group edit" to' -l 'to' -d 'The new position (1 = first) for --move-member.' -rfka ''
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde group edit" next-leader' -l 'next-leader' -d 'Who leads next time (skips others in the rotation).' -rfka ''
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde group edit"' -l 'set' -d 'A setting, KEY=VALUE (repeatable).' -rfka ''
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde group edit" rules' -l 'rules' -d 'The rules card\'s text (use \\n for new lines).' -rfka ''
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde group edit" rules-file' -l 'rules-file' -d 'Read the rules card\'s text from a file.' -rfka ''
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde group edit" format' -l 'format' -d 'first, second, regular, custom, or auto (chosen by how many meetings were held).' -rfka 'first second regular custom auto'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde group edit" agenda-file' -l 'agenda-file' -d 'A TOML file with [[agenda]] steps (kind, title, text, minutes).' -rfka ''
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde group edit" next-theme' -l 'next-theme' -d 'The theme for the next meeting. Names are taken out, as in the meeting, and what is saved is printed.' -rfka ''
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde group edit" version' -l 'version' -d 'Show the version.'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde group edit" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde group delete" data-dir' -l 'data-dir' -d 'Data folder (overrides $RUNDE_HOME).' -rfa '(__runde_complete_directories)'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde group delete" plain' -l 'plain' -d 'Screen-reader mode: every screen as lines of text, no full-screen drawing.'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde group delete" theme' -l 'theme' -d 'Theme name (see `runde themes`) or a theme file path.' -rfka '(__runde_custom_completion ---completion group delete -- --theme (count (__runde_tokens -pc)) (__runde_tokens -tC))'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde group delete" lang' -l 'lang' -d 'Language: nb or en (default from LANG).' -rfka 'nb en'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde group delete" no-color' -l 'no-color' -d 'No colours (NO_COLOR is respected too).'
complete -c 'runde' -n '__runde_should_offer_completions_for_positional "runde group delete" -eq 1' -fka '(__runde_custom_completion ---completion group delete -- positional@0 (count (__runde_tokens -pc)) (__runde_tokens -tC))'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde group delete" y yes' -s 'y' -l 'yes' -d 'Do not ask for confirmation.'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde group delete" version' -l 'version' -d 'Show the version.'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde group delete" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde history" data-dir' -l 'data-dir' -d 'Data folder (overrides $RUNDE_HOME).' -rfa '(__runde_complete_directories)'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde history" plain' -l 'plain' -d 'Screen-reader mode: every screen as lines of text, no full-screen drawing.'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde history" theme' -l 'theme' -d 'Theme name (see `runde themes`) or a theme file path.' -rfka '(__runde_custom_completion ---completion history -- --theme (count (__runde_tokens -pc)) (__runde_tokens -tC))'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde history" lang' -l 'lang' -d 'Language: nb or en (default from LANG).' -rfka 'nb en'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde history" no-color' -l 'no-color' -d 'No colours (NO_COLOR is respected too).'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde history" group' -l 'group' -d 'The group (needed only when there are several).' -rfka '(__runde_custom_completion ---completion history -- --group (count (__runde_tokens -pc)) (__runde_tokens -tC))'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde history" version' -l 'version' -d 'Show the version.'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde history" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'runde' -n '__runde_should_offer_completions_for_positional "runde history" -eq 1' -fa 'list' -d 'List past meetings (no curses; for scripts and printing).'
complete -c 'runde' -n '__runde_should_offer_completions_for_positional "runde history" -eq 1' -fa 'show' -d 'Show one meeting: phases planned vs actual, turns, speaking distribution.'
complete -c 'runde' -n '__runde_should_offer_completions_for_positional "runde history" -eq 1' -fa 'delete' -d 'Delete one meeting\'s log.'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde history list" data-dir' -l 'data-dir' -d 'Data folder (overrides $RUNDE_HOME).' -rfa '(__runde_complete_directories)'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde history list" plain' -l 'plain' -d 'Screen-reader mode: every screen as lines of text, no full-screen drawing.'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde history list" theme' -l 'theme' -d 'Theme name (see `runde themes`) or a theme file path.' -rfka '(__runde_custom_completion ---completion history list -- --theme (count (__runde_tokens -pc)) (__runde_tokens -tC))'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde history list" lang' -l 'lang' -d 'Language: nb or en (default from LANG).' -rfka 'nb en'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde history list" no-color' -l 'no-color' -d 'No colours (NO_COLOR is respected too).'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde history list" group' -l 'group' -d 'The group (needed only when there are several).' -rfka '(__runde_custom_completion ---completion history list -- --group (count (__runde_tokens -pc)) (__runde_tokens -tC))'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde history list" format' -l 'format' -d 'Output format: table (the whole table), csv, json or markdown. Without: the table fitted to the width.' -rfka 'table csv json markdown'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde history list" version' -l 'version' -d 'Show the version.'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde history list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde history show" data-dir' -l 'data-dir' -d 'Data folder (overrides $RUNDE_HOME).' -rfa '(__runde_complete_directories)'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde history show" plain' -l 'plain' -d 'Screen-reader mode: every screen as lines of text, no full-screen drawing.'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde history show" theme' -l 'theme' -d 'Theme name (see `runde themes`) or a theme file path.' -rfka '(__runde_custom_completion ---completion history show -- --theme (count (__runde_tokens -pc)) (__runde_tokens -tC))'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde history show" lang' -l 'lang' -d 'Language: nb or en (default from LANG).' -rfka 'nb en'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde history show" no-color' -l 'no-color' -d 'No colours (NO_COLOR is respected too).'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde history show" group' -l 'group' -d 'The group (needed only when there are several).' -rfka '(__runde_custom_completion ---completion history show -- --group (count (__runde_tokens -pc)) (__runde_tokens -tC))'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde history show" format' -l 'format' -d 'Output format: table, json or markdown.' -rfka 'table json markdown'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde history show" version' -l 'version' -d 'Show the version.'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde history show" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde history delete" data-dir' -l 'data-dir' -d 'Data folder (overrides $RUNDE_HOME).' -rfa '(__runde_complete_directories)'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde history delete" plain' -l 'plain' -d 'Screen-reader mode: every screen as lines of text, no full-screen drawing.'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde history delete" theme' -l 'theme' -d 'Theme name (see `runde themes`) or a theme file path.' -rfka '(__runde_custom_completion ---completion history delete -- --theme (count (__runde_tokens -pc)) (__runde_tokens -tC))'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde history delete" lang' -l 'lang' -d 'Language: nb or en (default from LANG).' -rfka 'nb en'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde history delete" no-color' -l 'no-color' -d 'No colours (NO_COLOR is respected too).'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde history delete" group' -l 'group' -d 'The group (needed only when there are several).' -rfka '(__runde_custom_completion ---completion history delete -- --group (count (__runde_tokens -pc)) (__runde_tokens -tC))'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde history delete" yes' -l 'yes' -d 'Do not ask for confirmation.'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde history delete" version' -l 'version' -d 'Show the version.'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde history delete" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde handover" version' -l 'version' -d 'Show the version.'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde handover" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'runde' -n '__runde_should_offer_completions_for_positional "runde handover" -eq 1' -fa 'export' -d 'Write the group file and all its logs to one encrypted file.'
complete -c 'runde' -n '__runde_should_offer_completions_for_positional "runde handover" -eq 1' -fa 'import' -d 'Add a group and its logs from a handover file.'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde handover export" data-dir' -l 'data-dir' -d 'Data folder (overrides $RUNDE_HOME).' -rfa '(__runde_complete_directories)'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde handover export" plain' -l 'plain' -d 'Screen-reader mode: every screen as lines of text, no full-screen drawing.'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde handover export" theme' -l 'theme' -d 'Theme name (see `runde themes`) or a theme file path.' -rfka '(__runde_custom_completion ---completion handover export -- --theme (count (__runde_tokens -pc)) (__runde_tokens -tC))'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde handover export" lang' -l 'lang' -d 'Language: nb or en (default from LANG).' -rfka 'nb en'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde handover export" no-color' -l 'no-color' -d 'No colours (NO_COLOR is respected too).'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde handover export" group' -l 'group' -d 'The group\'s name or folder name (optional when there is only one group).' -rfka '(__runde_custom_completion ---completion handover export -- --group (count (__runde_tokens -pc)) (__runde_tokens -tC))'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde handover export" to' -l 'to' -d 'The file to write (it must not exist yet).' -rfka ''
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde handover export" version' -l 'version' -d 'Show the version.'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde handover export" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde handover import" data-dir' -l 'data-dir' -d 'Data folder (overrides $RUNDE_HOME).' -rfa '(__runde_complete_directories)'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde handover import" plain' -l 'plain' -d 'Screen-reader mode: every screen as lines of text, no full-screen drawing.'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde handover import" theme' -l 'theme' -d 'Theme name (see `runde themes`) or a theme file path.' -rfka '(__runde_custom_completion ---completion handover import -- --theme (count (__runde_tokens -pc)) (__runde_tokens -tC))'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde handover import" lang' -l 'lang' -d 'Language: nb or en (default from LANG).' -rfka 'nb en'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde handover import" no-color' -l 'no-color' -d 'No colours (NO_COLOR is respected too).'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde handover import" keep-backup' -l 'keep-backup' -d 'Keep the backup of a replaced group file (it holds the member names).'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde handover import" version' -l 'version' -d 'Show the version.'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde handover import" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde themes" data-dir' -l 'data-dir' -d 'Data folder (overrides $RUNDE_HOME).' -rfa '(__runde_complete_directories)'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde themes" plain' -l 'plain' -d 'Screen-reader mode: every screen as lines of text, no full-screen drawing.'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde themes" theme' -l 'theme' -d 'Theme name (see `runde themes`) or a theme file path.' -rfka '(__runde_custom_completion ---completion themes -- --theme (count (__runde_tokens -pc)) (__runde_tokens -tC))'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde themes" lang' -l 'lang' -d 'Language: nb or en (default from LANG).' -rfka 'nb en'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde themes" no-color' -l 'no-color' -d 'No colours (NO_COLOR is respected too).'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde themes" check' -l 'check' -d 'Check a theme file: prints "ok", or the problem and exits 1.' -rfka ''
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde themes" version' -l 'version' -d 'Show the version.'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde themes" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'runde' -n '__runde_should_offer_completions_for_flags_or_options "runde help" version' -l 'version' -d 'Show the version.'

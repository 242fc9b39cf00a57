import RundeCore

/// Every user-facing string of the meeting screens, in bokmål and English (DESIGN §7).
/// `%1`, `%2` … are replaced by arguments.
public enum S: String, CaseIterable, Sendable {
    case appName, meetingNumber, meetingClock, onTime, ahead, behind, leadingToday, themeToday, noTheme
    case phaseCheckIn, phaseOpening, phaseOpeningRound, phaseSharing, phasePause, phaseClosing, phaseNext, phaseSummary
    case present, notifiedAbsent, absent, guest
    case checkInHint, checkInCount
    case openingTitle
    case promptOpening1, promptOpening2, promptSharingRound, promptSharingOpen, promptClosing
    case hasTheFloor, timeLeft, timeAlmostUp, overtime, held, ofTarget, nextUp, lastInRound, turnOf, passed
    case floorFree, pickSpeaker
    case pauseTitle, pauseLeft, pauseOver, pauseOverHint, pauseSuggested
    case nextLeaderLabel, nextLeaderHint, themeLabel, themeReminder, dateLabel, dateHint, nobodyChosen
    case summaryTitle, summaryDuration, summaryLogWritten, summaryLogPending, summaryNextLeader, summaryNextTheme, summaryNextDate, summaryHandover
    case keyEnter, enterConfirmCheckIn, enterNextSpeaker, enterNextPhase, enterEndPause, enterGiveFloor, enterEndTurn
    case enterClose, enterContinue, enterAdd, keyCancel, enterAcceptLeader, enterAcceptTheme, enterAcceptDate, enterLeave
    case keyPass, keyPause, keyEndPause, keyPlusMinus, keyHold, keyResume, keyLate, keyClosing, keyHelp, keyQuit, keyMode, keyMove, keySkip, keyCycle, keySkipLeader, keyDate
    case helpTitle, helpClose
    case helpEnter, helpPass, helpPause, helpPlusMinus, helpSpace, helpLate, helpClosing, helpMode, helpSkipPhase, helpQuit, helpEsc, helpCheckIn
    case quitTitle, quitBody, quitKeys
    case lateTitle, lateHint, lateGuestPrompt, lateGuestNote, lateNobody
    case tooSmall, tooSmallSize
    case storageProblem
    case resumeTitle, resumeBody, resumeKeys
    case firstRunTitle, firstRunBody, firstRunCreate, firstRunDemo, firstRunQuit
    case chooseGroupTitle
    case minute, minutes
    case phaseProcessTalk, promptProcessTalk, processTalkNote, keyTalk, helpTalk
    case itemPresentation, itemExpectations, itemFrame, itemPrinciples, itemSinceLast, itemRound
    case promptPresentation, promptExpectations
    case cardFrameTitle, cardFrameText, cardPrinciplesTitle, cardPrinciplesText
    case ackHint, ackCount, keyAck
    case themeProposeHint, themeProposals, keyPropose, keyBacklog
    case meetingOfHorizon, starterReminder, starterLast, followUpLabel, helpReorder
}

/// Looks up strings for one language.
public struct Strings: Equatable, Sendable {
    public let lang: Lang

    public init(_ lang: Lang) { self.lang = lang }

    public subscript(_ key: S) -> String {
        (lang == .nb ? Strings.nb[key] : Strings.en[key]) ?? key.rawValue
    }

    /// The string with `%1`, `%2`, … replaced.
    public func f(_ key: S, _ args: CustomStringConvertible...) -> String {
        Strings.substitute(self[key], args.map(\.description))
    }

    /// Replaces `%1` … `%9` in one pass, copying the text between them as slices (this runs
    /// for labels every second). A `%` not followed by a digit of an argument stays.
    static func substitute(_ template: String, _ args: [String]) -> String {
        let bytes = template.utf8
        var out = ""
        out.reserveCapacity(bytes.count + 24)
        var copied = bytes.startIndex
        var i = bytes.startIndex
        while i != bytes.endIndex {
            let next = bytes.index(after: i)
            if bytes[i] == UInt8(ascii: "%"), next != bytes.endIndex {
                let d = Int(bytes[next]) - Int(UInt8(ascii: "0"))
                if d >= 1, d <= args.count {
                    out += template[copied..<i]
                    out += args[d - 1]
                    i = bytes.index(after: next)
                    copied = i
                    continue
                }
            }
            i = next
        }
        out += template[copied...]
        return out
    }

    public func phase(_ k: PhaseKind) -> String {
        switch k {
        case .checkIn: return self[.phaseCheckIn]
        case .opening: return self[.phaseOpening]
        case .openingRound: return self[.phaseOpeningRound]
        case .sharing: return self[.phaseSharing]
        case .pause: return self[.phasePause]
        case .closingRound: return self[.phaseClosing]
        case .nextMeeting: return self[.phaseNext]
        case .summary: return self[.phaseSummary]
        case .processTalk: return self[.phaseProcessTalk]
        }
    }

    /// A short title for an agenda item, for the phase strip.
    public func itemTitle(_ item: AgendaItem, custom: [String: String] = [:]) -> String {
        switch item.label {
        case "presentation_round": return self[.itemPresentation]
        case "expectations_round": return self[.itemExpectations]
        case "frame": return self[.itemFrame]
        case "principles": return self[.itemPrinciples]
        case "since_last": return self[.itemSinceLast]
        case "here_and_now": return self[.itemRound]
        default:
            if item.label.hasPrefix("custom-"), let text = custom[item.label + ".title"], !text.isEmpty { return text }
            return phase(item.kind)
        }
    }
}

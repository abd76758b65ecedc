// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

// One request the review gate received from a Directus server, with what the gate found and did: the bytes,
// where they came from, the redaction verdict, the field diff against the report the inspector computed at
// that moment, and the forwarding state and outcome. A value type; ReportHistory stores and reads it, so the
// queue survives the gate process and `gate approve|discard ID` works from another process.
// Holds nothing secret: the Authorization header is never part of it (only whether one was present). An owner
// registration (`/v1/owner`) is personal data: its email addresses are masked in `bytes` before it is stored;
// `sha256` is that of the bytes as received, so a forwarded copy can still be matched.
struct ReceivedReport
{
    enum class Channel { Metrics, Owner };
    enum class State {
        // Recorded; the gate is still checking it (redaction, diff) on a worker. Stored as a state name in
        // the existing `state` column, so the schema is unchanged; an older binary reads it as not-forwarded.
        Analysing,
        Held, // waiting for approve or discard
        Forwarding, // approved (or pass-through); the forward is running
        Forwarded, // the real intake answered 2xx
        ForwardFailed, // the real intake answered otherwise, or could not be reached
        Discarded, // the admin discarded it: never forwarded
        NotForwarded, // recorded only (e.g. nowhere to forward it, or personal data not kept for later)
    };

    qint64 id = 0; // 0 until stored
    QDateTime time; // UTC, when received
    Channel channel = Channel::Metrics;
    State state = State::Held;
    QString project; // the project folder the gate checks against
    QString source; // "127.0.0.1:53412": the peer that posted it
    QString contentType; // as received
    bool hadAuthorization = false; // the value itself is never stored
    QByteArray bytes; // exactly as received (owner: email addresses masked)
    QByteArray sha256; // lower-case hex of SHA-256 of the bytes as received
    bool personalData = false; // an owner registration
    bool redactionFailed = false; // a redaction check failed (or could not run)
    QString redaction; // one line per check: "PASS identifiers: …"
    bool diffFlagged = false; // a field other than api_requests* differs from the computed report
    QStringList diff; // ReportDiff lines against the computed report; "! " marks an unexpected change
    qint64 computedEntryId = 0; // the history entry of the report computed for comparison, 0 when none
    QString destination; // where it was (or will be) forwarded
    QString forwardOutcome; // SendResult::kindName, empty until forwarded
    int forwardStatus = 0; // the real intake's HTTP status
    QString forwardError; // what went wrong, redacted
    QString note; // why it was not forwarded, or who approved/discarded it

    static QString channelName(Channel channel); // "metrics", "owner"
    static Channel channelFromName(const QString &name);
    static QString
    stateName(State state); // "analysing", "held", "forwarding", "forwarded", "forward-failed", …
    static State stateFromName(const QString &name);
    bool isOpen() const { return state == State::Held; } // approve/discard apply
};

Q_DECLARE_METATYPE(ReceivedReport)

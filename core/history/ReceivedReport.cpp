// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReceivedReport.h"

QString ReceivedReport::channelName(Channel channel)
{
    return channel == Channel::Owner ? QStringLiteral("owner") : QStringLiteral("metrics");
}

ReceivedReport::Channel ReceivedReport::channelFromName(const QString &name)
{
    return name == QLatin1String("owner") ? Channel::Owner : Channel::Metrics;
}

QString ReceivedReport::stateName(State state)
{
    switch (state) {
    case State::Analysing:
        return QStringLiteral("analysing");
    case State::Held:
        return QStringLiteral("held");
    case State::Forwarding:
        return QStringLiteral("forwarding");
    case State::Forwarded:
        return QStringLiteral("forwarded");
    case State::ForwardFailed:
        return QStringLiteral("forward-failed");
    case State::Discarded:
        return QStringLiteral("discarded");
    case State::NotForwarded:
        return QStringLiteral("not-forwarded");
    }
    return {};
}

ReceivedReport::State ReceivedReport::stateFromName(const QString &name)
{
    for (const State state : {State::Analysing, State::Held, State::Forwarding, State::Forwarded,
                              State::ForwardFailed, State::Discarded, State::NotForwarded}) {
        if (stateName(state) == name)
            return state;
    }
    return State::NotForwarded;
}

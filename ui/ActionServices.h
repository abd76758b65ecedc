// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

#include <functional>

class QNetworkAccessManager;
class ReportHistory;
class SecretStore;

// What the window's actions (Send now…, History…, Telemetry on/off…, Export…) need from outside, passed in so
// tests give them a loopback network, a history in a temporary folder and a fixed clock. None is owned.
struct ActionServices
{
    QNetworkAccessManager *network = nullptr; // Send now… posts through it
    ReportHistory *history = nullptr; // every send attempt and export is recorded here (may be closed)
    SecretStore *secrets = nullptr; // the TELEMETRY_AUTHORIZATION override lives here, never in QSettings
    std::function<QDateTime()> clock; // UTC now: licence checks, backup names, export time

    QDateTime now() const { return clock ? clock() : QDateTime::currentDateTimeUtc(); }
};

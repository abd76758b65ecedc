// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Exit codes of the command-line interface, documented in README.md.
enum ExitCode : int {
    ExitOk = 0,
    ExitUsage = 1, // bad arguments
    ExitProject = 2, // the project or its configuration cannot be read
    ExitDatabase = 3, // the database cannot be opened or read
    ExitDirectusWouldFail = 4, // a report was printed, but Directus itself would send nothing
    ExitOutput = 5, // the output file cannot be written
    ExitCheckFailed = 6, // check: a redaction check found something
    ExitCheckCouldNotRun = 7, // check: the checks could not run (or one could not be made)
    ExitSendFailed = 8, // send: the report was not delivered (error answer, network, TLS, timeout, bad URL)
    ExitNotConfirmed = 9, // send, opt-out/opt-in: not confirmed (send: no --yes off a terminal; or a "no")
    ExitTelemetryOff = 10, // send/schedule: telemetry is effectively off for this project; nothing sent
    ExitHistory = 11, // the report history cannot be opened or has no such entry
    ExitConfigUnchanged = 12, // opt-out/opt-in: the configuration file could not or may not be changed
    ExitVerifyFailed = 13, // verify: the export is not intact (hash, payload or structure)
    ExitVerifyUnreadable = 14, // verify: the export file cannot be read
    ExitCancelled = 130,
};

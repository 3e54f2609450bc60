#include "Commands.h"
#include "ExitCode.h"
#include "schedules/ScheduleRunner.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

// cli.md: one line per run, "<status> <schedule id> <scheduled instant> <name>",
// printed as each run ends so a cron log shows progress; why a run did not
// go through is on standard error.
int runDue(CliContext &context, const QStringList &args, const Command &self)
{
    QCommandLineParser parser;
    if (const ud::Status parsed = parseCommandArguments(parser, self, args, 0, 0); !parsed)
        return context.fail(parsed.error());
    ud::ScheduleRunner runner(*context.signInConnection(), context.actor(), context.clock());
    const auto summary =
        runner.runDue(&context.cancellation(), [&context](const ud::RunEvent &event) {
            context.out() << event.status << ' ' << event.scheduleId << ' '
                          << ud::ScheduleRunner::runKey(event.scheduledAt) << ' '
                          << event.scheduleName << Qt::endl;
            if (event.status != u"delivered" && !event.message.isEmpty())
                context.err() << tr("schedule %1 run %2: %3")
                                     .arg(event.scheduleId)
                                     .arg(ud::ScheduleRunner::runKey(event.scheduledAt),
                                          event.message)
                              << Qt::endl;
        });
    if (!summary)
        return context.fail(summary.error());
    // Interrupted: the runs not finished were handed back as due now (status
    // retrying), so the next run-due takes them.
    if (context.cancellation().isCancelled()) {
        context.err() << tr("interrupted: the runs not finished will be taken by the next "
                            "run-due")
                      << Qt::endl;
        return Interrupted;
    }
    return summary->failed > 0 ? DeliveryFailed : Done;
}

} // namespace

Command runDueCommand()
{
    return serviceCheckedCommand({u"run-due"_s}, u"run-due"_s,
                                 tr("Deliver every due run of the scheduled reports, then exit."),
                                 runDue);
}

} // namespace cli

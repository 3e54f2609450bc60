#include "PasswordPrompt.h"

#include <QByteArray>
#include <QCoreApplication>

#ifdef Q_OS_UNIX
#include <cstdio>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>
#endif

namespace cli {

std::optional<QString> promptPassword(const QString &prompt)
{
#ifdef Q_OS_UNIX
    const int fd = ::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (fd < 0)
        return std::nullopt;
    const QByteArray text = prompt.toUtf8();
    (void)!::write(fd, text.constData(), static_cast<size_t>(text.size()));
    termios saved{};
    const bool hasTermios = ::tcgetattr(fd, &saved) == 0;
    if (hasTermios) {
        termios silent = saved;
        silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        silent.c_lflag |= ECHONL;
        ::tcsetattr(fd, TCSAFLUSH, &silent);
    }
    QByteArray line;
    char c = 0;
    while (::read(fd, &c, 1) == 1 && c != '\n')
        line.append(c);
    if (hasTermios)
        ::tcsetattr(fd, TCSAFLUSH, &saved);
    ::close(fd);
    if (line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
#else
    Q_UNUSED(prompt);
    return std::nullopt;
#endif
}

ud::Result<QString> newPassword()
{
    if (qEnvironmentVariableIsSet("USAGEDESK_NEW_PASSWORD"))
        return qEnvironmentVariable("USAGEDESK_NEW_PASSWORD");
    const auto first =
        promptPassword(QCoreApplication::translate("cli::PasswordPrompt", "New password: "));
    if (!first)
        return ud::Error::badInput(QCoreApplication::translate(
            "cli::PasswordPrompt",
            "password: set USAGEDESK_NEW_PASSWORD, or run in a terminal to be asked"));
    const auto second = promptPassword(
        QCoreApplication::translate("cli::PasswordPrompt", "Repeat the new password: "));
    if (!second || *second != *first)
        return ud::Error::badInput(
            QCoreApplication::translate("cli::PasswordPrompt", "password: the two entries differ"));
    return *first;
}

} // namespace cli

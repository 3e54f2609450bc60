#include "access/PasswordHasher.h"

#include "core/TextRules.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QStringList>
#include <openssl/crypto.h>
#include <openssl/evp.h>

namespace ud {

namespace {

const QLatin1String kScheme("pbkdf2-sha256");

} // namespace

QString PasswordHash::encode() const
{
    return kScheme + QLatin1Char('$') + QString::number(iterations) + QLatin1Char('$') +
           QString::fromLatin1(salt.toBase64()) + QLatin1Char('$') +
           QString::fromLatin1(key.toBase64());
}

std::optional<PasswordHash> PasswordHash::decode(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts[0] != kScheme)
        return std::nullopt;
    bool ok = false;
    PasswordHash hash;
    hash.iterations = parts[1].toInt(&ok);
    if (!ok || hash.iterations < 1)
        return std::nullopt;
    const auto salt = QByteArray::fromBase64Encoding(parts[2].toLatin1(),
                                                     QByteArray::AbortOnBase64DecodingErrors);
    const auto key = QByteArray::fromBase64Encoding(parts[3].toLatin1(),
                                                    QByteArray::AbortOnBase64DecodingErrors);
    if (!salt || !key || salt.decoded.isEmpty() || key.decoded.isEmpty())
        return std::nullopt;
    hash.salt = salt.decoded;
    hash.key = key.decoded;
    return hash;
}

Status PasswordHasher::checkPolicy(const QString &password)
{
    if (codePointCount(password) < kMinimumLength)
        return Error::badInput(QCoreApplication::translate(
            "ud::PasswordHasher", "password: at least %n characters are required", nullptr,
            kMinimumLength));
    return {};
}

QByteArray PasswordHasher::derive(const QByteArray &password, const QByteArray &salt,
                                  int iterations, int keyBytes)
{
    QByteArray key(keyBytes, Qt::Uninitialized);
    const int ok = PKCS5_PBKDF2_HMAC(password.constData(), static_cast<int>(password.size()),
                                     reinterpret_cast<const unsigned char *>(salt.constData()),
                                     static_cast<int>(salt.size()), iterations, EVP_sha256(),
                                     keyBytes, reinterpret_cast<unsigned char *>(key.data()));
    if (ok != 1)
        qFatal("PKCS5_PBKDF2_HMAC failed"); // only on allocation failure inside OpenSSL
    return key;
}

PasswordHash PasswordHasher::hash(const QString &password, int iterations)
{
    PasswordHash result;
    result.iterations = iterations;
    result.salt.resize(kSaltBytes);
    QRandomGenerator::system()->generate(result.salt.begin(), result.salt.end());
    result.key = derive(password.toUtf8(), result.salt, iterations);
    return result;
}

bool PasswordHasher::verify(const QString &password, const PasswordHash &stored)
{
    const QByteArray key = derive(password.toUtf8(), stored.salt, stored.iterations,
                                  static_cast<int>(stored.key.size()));
    return key.size() == stored.key.size() && CRYPTO_memcmp(key.constData(), stored.key.constData(),
                                                            static_cast<size_t>(key.size())) == 0;
}

} // namespace ud

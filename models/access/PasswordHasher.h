#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace ud {

// A stored password: PBKDF2-HMAC-SHA256 with its own iteration count and
// random salt, encoded as "pbkdf2-sha256$<iterations>$<salt b64>$<key b64>".
// Keeping the count with the hash lets a later version raise it: a sign-in
// with an older count re-hashes the password (needsRehash).
struct PasswordHash
{
    int iterations = 0;
    QByteArray salt;
    QByteArray key;

    QString encode() const;
    static std::optional<PasswordHash> decode(const QString &text);
};

class PasswordHasher
{
public:
    static constexpr int kIterations = 600000;
    static constexpr int kMinimumLength = 12;
    static constexpr int kSaltBytes = 16;
    static constexpr int kKeyBytes = 32;

    // Rejects passwords shorter than kMinimumLength characters (code points).
    static Status checkPolicy(const QString &password);

    static PasswordHash hash(const QString &password, int iterations = kIterations);
    // Compares in constant time (the time does not depend on where the keys differ).
    static bool verify(const QString &password, const PasswordHash &stored);
    static bool needsRehash(const PasswordHash &stored) { return stored.iterations < kIterations; }

    // The raw derivation (OpenSSL's PKCS5_PBKDF2_HMAC: the same key as Qt's
    // QPasswordDigestor::deriveKeyPbkdf2 in a fifth of the time; a test
    // checks they agree).
    static QByteArray derive(const QByteArray &password, const QByteArray &salt, int iterations,
                             int keyBytes = kKeyBytes);
};

} // namespace ud

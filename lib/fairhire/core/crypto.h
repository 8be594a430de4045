// Cryptographic helpers over OpenSSL: keyed pseudonyms (HMAC-SHA256), sealed data (AES-256-GCM with a
// random 96-bit nonce; output = nonce || ciphertext || 16-byte tag), and secure random bytes.
// Thread-safety: stateless; safe from any thread.
#ifndef FAIRHIRE_CORE_CRYPTO_H_
#define FAIRHIRE_CORE_CRYPTO_H_

#include <string>
#include <string_view>

#include "fairhire/core/result.h"

namespace fairhire::core {

inline constexpr std::size_t kAesKeyBytes = 32;

// Raw 32-byte HMAC-SHA256 of `message` under `key`.
std::string HmacSha256(std::string_view key, std::string_view message);
// Lower-case hex of HmacSha256.
std::string HmacSha256Hex(std::string_view key, std::string_view message);
// Lower-case hex of SHA-256.
std::string Sha256Hex(std::string_view data);
std::string ToHex(std::string_view bytes);

// `n` bytes from the OpenSSL CSPRNG. Errors: kInternal.
Result<std::string> RandomBytes(std::size_t n);

// Encrypts and authenticates. REQUIRES: key.size() == 32. Errors: kInvalidArgument (key), kInternal.
Result<std::string> Seal(std::string_view key, std::string_view plaintext, std::string_view aad = {});
// Decrypts what Seal produced. Errors: kInvalidInput when the data was altered or the key is wrong.
Result<std::string> Open(std::string_view key, std::string_view sealed, std::string_view aad = {});

}  // namespace fairhire::core

#endif  // FAIRHIRE_CORE_CRYPTO_H_

// DOCX archives through Poco::Zip. Declared sizes (local header and central directory) are checked
// against the limits before a member is inflated, and inflation stops at the declared size, so a
// zip bomb costs at most the limits.
#include <Poco/DateTime.h>
#include <Poco/Exception.h>
#include <Poco/Zip/Compress.h>
#include <Poco/Zip/ZipArchive.h>
#include <Poco/Zip/ZipStream.h>

#include <algorithm>
#include <sstream>

#include "fairhire/anonymise/formats/docx_internal.h"

namespace fairhire::anonymise::formats::docx {
namespace {

constexpr std::size_t kMaxMembers = 5000;
constexpr std::uint64_t kRatioFloor = 256u << 10;  // small members may compress well legitimately

Status CheckDeclared(const Poco::Zip::ZipLocalFileHeader& header,
                     const Poco::Zip::ZipArchive& archive, const ReadLimits& limits,
                     std::uint64_t* total, const std::string& name, std::uint64_t* declared) {
  std::uint64_t size = header.getUncompressedSize();
  std::uint64_t compressed = header.getCompressedSize();
  for (auto it = archive.fileInfoBegin(); it != archive.fileInfoEnd(); ++it) {
    if (it->second.getFileName() != header.getFileName()) continue;
    size = std::max<std::uint64_t>(size, it->second.getUncompressedSize());
    compressed = std::max<std::uint64_t>(compressed, it->second.getCompressedSize());
  }
  *declared = size;
  *total += size;
  if (*total > limits.max_uncompressed_bytes) {
    return MakeError(ErrorCode::kLimitExceeded,
                     "archive expands beyond the limit of " +
                         std::to_string(limits.max_uncompressed_bytes) + " bytes (zip bomb?)",
                     name);
  }
  if (size > kRatioFloor &&
      static_cast<double>(size) > limits.max_compression_ratio * static_cast<double>(compressed)) {
    return MakeError(ErrorCode::kLimitExceeded,
                     "archive member compressed more than " +
                         std::to_string(static_cast<int>(limits.max_compression_ratio)) +
                         " times (zip bomb?)",
                     name);
  }
  return OkStatus();
}

Result<std::string> Inflate(std::istream& in, const Poco::Zip::ZipLocalFileHeader& header,
                            std::uint64_t declared, const std::string& name) {
  in.clear();
  Poco::Zip::ZipInputStream zis(in, header, true);
  std::string data;
  char buffer[16384];
  while (zis) {
    zis.read(buffer, sizeof buffer);
    data.append(buffer, static_cast<std::size_t>(zis.gcount()));
    if (data.size() > declared) {
      return MakeError(ErrorCode::kLimitExceeded,
                       "archive member larger than its declared size (zip bomb?)", name);
    }
  }
  if (data.size() != declared)
    return MakeError(ErrorCode::kInvalidInput, "corrupt or truncated ZIP archive", name);
  return data;
}

// "word/document.xml" yes; "../x", "/x", "a\\b", "a//b", "dir/", "" no (such names are never
// legitimate in a DOCX and would let a member escape or collide when written back).
bool IsSafeName(const std::string& name) {
  if (name.empty() || name.front() == '/' || name.find('\\') != std::string::npos) return false;
  if (name.find('\0') != std::string::npos) return false;
  std::size_t start = 0;
  while (start <= name.size()) {
    std::size_t slash = name.find('/', start);
    if (slash == std::string::npos) slash = name.size();
    const std::string_view piece(name.data() + start, slash - start);
    if (piece.empty() || piece == ".." || piece == ".") return false;  // also "a//b" and "dir/"
    start = slash + 1;
  }
  return true;
}

Result<std::vector<Member>> ReadMembers(std::istream& in, const std::string& name,
                                        const ReadLimits& limits) {
  Poco::Zip::ZipArchive archive(in);
  std::vector<Member> members;
  std::uint64_t total = 0;
  for (auto it = archive.headerBegin(); it != archive.headerEnd(); ++it) {
    const Poco::Zip::ZipLocalFileHeader& header = it->second;
    if (!header.isFile()) continue;
    if (!IsSafeName(header.getFileName())) {
      return MakeError(ErrorCode::kInvalidInput, "archive member with an unsafe path", name);
    }
    if (header.isEncrypted())
      return MakeError(ErrorCode::kInvalidInput, "encrypted DOCX (password protected)", name);
    if (members.size() >= kMaxMembers) {
      return MakeError(ErrorCode::kLimitExceeded,
                       "archive with more than " + std::to_string(kMaxMembers) + " files", name);
    }
    std::uint64_t declared = 0;
    if (auto s = CheckDeclared(header, archive, limits, &total, name, &declared); !s)
      return s.error();
    auto data = Inflate(in, header, declared, name);
    if (!data) return data.error();
    members.push_back(Member{header.getFileName(), std::move(*data)});
  }
  return members;
}

}  // namespace

Result<std::vector<Member>> ReadZip(std::string_view bytes, const std::string& name,
                                    const ReadLimits& limits) {
  try {
    std::istringstream in{std::string(bytes)};
    auto members = ReadMembers(in, name, limits);
    if (members && members->empty())
      return MakeError(ErrorCode::kInvalidInput, "empty ZIP archive", name);
    return members;
  } catch (const std::bad_alloc&) {
    return MakeError(ErrorCode::kLimitExceeded, "archive too large to read", name);
  } catch (const Poco::Exception&) {
    return MakeError(ErrorCode::kInvalidInput, "corrupt or truncated ZIP archive", name);
  } catch (const std::exception&) {
    return MakeError(ErrorCode::kInvalidInput, "corrupt or truncated ZIP archive", name);
  }
}

Result<std::string> WriteZip(const std::vector<Member>& members) {
  try {
    std::ostringstream out;
    Poco::Zip::Compress compress(out, /*seekableOut=*/true);
    const Poco::DateTime fixed(1980, 1, 1);  // no timestamp of the anonymisation in the output
    for (const Member& m : members) {
      std::istringstream in(m.data);
      compress.addFile(
          in, fixed, Poco::Path(m.name, Poco::Path::PATH_UNIX),
          m.data.empty() ? Poco::Zip::ZipCommon::CM_STORE : Poco::Zip::ZipCommon::CM_DEFLATE,
          Poco::Zip::ZipCommon::CL_NORMAL);
    }
    compress.close();
    return out.str();
  } catch (const Poco::Exception& e) {
    return MakeError(ErrorCode::kInternal,
                     "cannot write the DOCX archive (" + std::string(e.name()) + ")");
  }
}

}  // namespace fairhire::anonymise::formats::docx

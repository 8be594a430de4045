// Links the installed library and anonymises one line: exits 0 when the e-mail was replaced.
#include <iostream>

#include "fairhire/anonymise/anonymiser.h"
#include "fairhire/core/version.h"

int main() {
  auto anonymiser = fairhire::anonymise::Anonymiser::Create({});
  auto result = (*anonymiser)->Anonymise("Contact: someone@example.org\n", "in.txt");
  std::cout << "fairhire " << fairhire::core::kVersion << ": " << (result ? result->output : "error\n");
  return result && result->output == "Contact: [EMAIL-1]\n" ? 0 : 1;
}

#include "ExitCode.h"

namespace cli {

int exitCodeFor(ud::ErrorKind kind)
{
    switch (kind) {
    case ud::ErrorKind::BadInput:
        return BadInput;
    case ud::ErrorKind::NotPermitted:
        return NotPermitted;
    case ud::ErrorKind::NotFound:
        return NotFound;
    case ud::ErrorKind::Storage:
        return StorageFailed;
    case ud::ErrorKind::Delivery:
        return DeliveryFailed;
    case ud::ErrorKind::Cancelled:
        return Interrupted;
    }
    return StorageFailed;
}

} // namespace cli

namespace SelfCare.Host.Hosting;

/// <summary>Tells "no space left on the device" (the data folder filled up) from other I/O failures.</summary>
internal static class DiskFull
{
    // ENOSPC on Linux (.NET puts the errno in HResult); ERROR_DISK_FULL and ERROR_HANDLE_DISK_FULL on Windows.
    private const int NoSpace = 28;
    private const int WindowsDiskFull = unchecked((int)0x80070070);
    private const int WindowsHandleDiskFull = unchecked((int)0x80070027);

    public static bool Is(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            if (e is IOException { HResult: NoSpace or WindowsDiskFull or WindowsHandleDiskFull })
                return true;
        }
        return false;
    }
}

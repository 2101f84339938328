using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace SelfCare.Host.Hosting;

/// <summary>Tells a database that cannot be reached right now (restart, failover, busy file) from a bug in the request.</summary>
internal static class DatabaseUnavailable
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    public static bool Is(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            if (e is AggregateException aggregate && aggregate.InnerExceptions.Any(Is))
                return true;
            // A server error is judged by its state alone: a serialization failure is "transient" too, but the code's to handle.
            if (e is PostgresException postgres)
            {
                if (IsUnavailableState(postgres.SqlState))
                    return true;
                continue;
            }
            if (e is NpgsqlException { IsTransient: true } or NpgsqlException { InnerException: SocketException or IOException or TimeoutException })
                return true;
            if (e is SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked })
                return true;
        }
        return false;
    }

    // 08: connection exceptions; 57P01-57P03: administrator/crash shutdown, cannot connect now; 53300: too many connections.
    private static bool IsUnavailableState(string state) =>
        state.StartsWith("08", StringComparison.Ordinal) || state is "57P01" or "57P02" or "57P03" or "53300";
}

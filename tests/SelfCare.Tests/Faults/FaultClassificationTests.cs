using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using SelfCare.Host.Hosting;

namespace SelfCare.Tests.Faults;

/// <summary>Which failures answer 503 (database briefly unreachable) or 507 (disk full) instead of 500, wrapped or not.</summary>
public sealed class FaultClassificationTests
{
    public static TheoryData<Exception, bool> Database => new()
    {
        { new PostgresException("the database system is shutting down", "FATAL", "FATAL", "57P01"), true },
        { new PostgresException("the database system is starting up", "FATAL", "FATAL", "57P03"), true },
        { new PostgresException("connection failure", "FATAL", "FATAL", "08006"), true },
        { new DbUpdateException("save failed", new PostgresException("too many clients", "FATAL", "FATAL", "53300")), true },
        { new NpgsqlException("Failed to connect", new SocketException((int)SocketError.ConnectionRefused)), true },
        { new InvalidOperationException("transient", new NpgsqlException("Exception while reading from stream", new IOException("reset"))), true },
        { new SqliteException("database is locked", 5), true },
        { new PostgresException("could not serialize access", "ERROR", "ERROR", "40001"), false },
        { new PostgresException("duplicate key value", "ERROR", "ERROR", "23505"), false },
        { new SqliteException("constraint failed", 19), false },
        { new InvalidOperationException("a bug"), false },
    };

    [Theory]
    [MemberData(nameof(Database))]
    public void A_database_that_cannot_be_reached_is_told_from_other_errors(Exception exception, bool unavailable) =>
        Assert.Equal(unavailable, DatabaseUnavailable.Is(exception));

    [Fact]
    public void No_space_left_is_told_from_other_io_errors()
    {
        Assert.True(DiskFull.Is(new IOException("No space left on device", 28)));
        Assert.True(DiskFull.Is(new InvalidOperationException("upload failed", new IOException("No space left on device", 28))));
        Assert.False(DiskFull.Is(new IOException("Broken pipe", 32)));
        Assert.False(DiskFull.Is(new UnauthorizedAccessException()));
    }
}

using Microsoft.Data.Sqlite;

namespace SelfCare.Host.Summary;

/// <summary>One open, read-only-by-use SQLite connection whose <c>PRAGMA data_version</c> tells whether others committed since.</summary>
internal sealed class SqliteWatcher : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _command;
    private readonly Lock _gate = new();

    public SqliteWatcher(string connectionString)
    {
        // Outside the pool: the pragma compares against this connection's own view, so it must stay open and never write.
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ToString());
        _connection.Open();
        _command = _connection.CreateCommand();
        _command.CommandText = "PRAGMA data_version";
    }

    public string Read()
    {
        lock (_gate)
            return Convert.ToString(_command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture)!;
    }

    public void Dispose()
    {
        _command.Dispose();
        _connection.Dispose();
    }
}

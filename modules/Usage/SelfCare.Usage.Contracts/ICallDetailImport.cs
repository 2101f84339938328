namespace SelfCare.Usage.Contracts;

/// <summary>
/// Bulk import of call detail records for demo seeding and other modules, through the same fast writer as the API
/// (PostgreSQL COPY, SQLite one prepared statement in one transaction). Idempotent by <see cref="NewCallDetail.ExternalId"/>.
/// </summary>
public interface ICallDetailImport
{
    /// <summary>Stores every row whose external id is new; returns how many were added. Rows are read once, as they come.</summary>
    Task<long> ImportAsync(IAsyncEnumerable<NewCallDetail> rows, CancellationToken cancellationToken);
}

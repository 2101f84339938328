using SelfCare.Usage.Data;

namespace SelfCare.Usage.Import;

/// <summary>
/// Writes records inside one transaction as they come; <see cref="CommitAsync"/> keeps the new ones (an external id
/// already stored is skipped) and returns how many were added. Disposing without committing rolls everything back.
/// </summary>
internal interface ICdrBulkWriter : IAsyncDisposable
{
    void Write(CallDetailRecord record);

    Task<long> CommitAsync(CancellationToken ct);
}

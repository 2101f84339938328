using System.Globalization;
using System.Runtime.CompilerServices;
using SelfCare.Usage.Contracts;

namespace SelfCare.Usage.Import;

/// <summary>The contract's import (demo seeding): the API's validation and writer, without a row limit.</summary>
internal sealed class CallDetailImport(CdrImporter importer) : ICallDetailImport
{
    public async Task<long> ImportAsync(IAsyncEnumerable<NewCallDetail> rows, CancellationToken cancellationToken)
    {
        var outcome = await importer.ImportAsync(ToRows(rows, cancellationToken), maxRows: null, cancellationToken);
        if (!outcome.Succeeded)
            throw new ArgumentException("Invalid call detail: " + string.Join(" ", outcome.Errors.Select(e => $"{e.Key}: {e.Message}")), nameof(rows));
        return outcome.Imported;
    }

    private static async IAsyncEnumerable<CdrImportRow> ToRows(IAsyncEnumerable<NewCallDetail> rows, [EnumeratorCancellation] CancellationToken ct)
    {
        var index = 0;
        await foreach (var r in rows.WithCancellation(ct))
        {
            // The account is already an id: its text form resolves through the resolver's id lookup.
            yield return new CdrImportRow($"rows[{index++}]", r.ExternalId, r.StartedAt.ToString("O", CultureInfo.InvariantCulture),
                r.From, r.To, r.Direction, r.DurationSeconds, r.Amount, r.Currency, r.ServiceId, r.AccountId.ToString(), null);
        }
    }
}

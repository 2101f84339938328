using System.Runtime.CompilerServices;
using SelfCare.Platform.Documents;

namespace SelfCare.Reports.Running;

/// <summary>Counts rows as they stream past, telling <c>progress</c> every 1,000.</summary>
internal sealed class RowCounter(Func<int, Task>? progress)
{
    public int Rows { get; private set; }

    public async IAsyncEnumerable<ExportValue[]> Count(IAsyncEnumerable<ExportValue[]> rows, [EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var row in rows.WithCancellation(ct))
        {
            Rows++;
            if (progress is not null && Rows % 1000 == 0)
                await progress(Rows);
            yield return row;
        }
    }
}

using SelfCare.Platform.Downloads;

namespace SelfCare.Tests.Usage;

/// <summary>A Downloads shelf double: keeps each file's bytes and honours the idempotency key as the contract says.</summary>
internal sealed class RecordingDownloads : IAccountDownloads
{
    public Dictionary<string, (NewDownload Download, byte[] Bytes, Guid Id)> ByKey { get; } = [];

    public async Task<Guid> AddAsync(NewDownload download, Stream content, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancellationToken);
        var key = $"{download.AccountId}|{download.Key}";
        if (ByKey.TryGetValue(key, out var existing))
            return existing.Id;
        var id = Guid.NewGuid();
        ByKey[key] = (download, buffer.ToArray(), id);
        return id;
    }
}

namespace SelfCare.Platform.Files;

/// <summary>A stored file opened for reading; dispose it (or hand it to <see cref="FileDownload"/>, which does).</summary>
public sealed record OpenedFile(StoredFile File, Stream Content) : IAsyncDisposable, IDisposable
{
    public ValueTask DisposeAsync() => Content.DisposeAsync();
    public void Dispose() => Content.Dispose();
}

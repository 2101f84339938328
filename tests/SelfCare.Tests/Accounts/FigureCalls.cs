using System.Collections.Concurrent;

namespace SelfCare.Tests.Accounts;

/// <summary>Each call of <see cref="CountingFigureSource"/>: the account ids it was asked about.</summary>
public sealed class FigureCalls
{
    public ConcurrentQueue<IReadOnlyCollection<Guid>> Requests { get; } = new();
}

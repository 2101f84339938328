using SelfCare.Agreements.Data;

namespace SelfCare.Agreements.Time;

/// <summary>The entry logged (or the one its key already logged: <see cref="Duplicate"/>), or why nothing was logged.</summary>
internal sealed record TimeLogResult(TimeEntry? Entry, string? Error, bool Duplicate = false);

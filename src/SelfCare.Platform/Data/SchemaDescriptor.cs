using System.Reflection;

namespace SelfCare.Platform.Data;

/// <summary>
/// One DbContext's versioned schema: SQL scripts embedded in <paramref name="Assembly"/> under
/// <paramref name="ResourceFolder"/> named <c>NNNN_Name.sqlite.sql</c> and <c>NNNN_Name.postgres.sql</c>,
/// applied in order at tenant activation and recorded in the table <c>__schema_{Name}</c>.
/// </summary>
public sealed record SchemaDescriptor(string Name, Type DbContextType, Assembly Assembly, string ResourceFolder);

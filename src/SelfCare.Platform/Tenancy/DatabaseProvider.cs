namespace SelfCare.Platform.Tenancy;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

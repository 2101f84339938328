namespace SelfCare.Services.Data;

/// <summary>A visible service with its account's number and name, as the list and its exports show it.</summary>
internal sealed record ServiceRow(CustomerService Service, string AccountNumber, string AccountName);

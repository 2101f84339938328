namespace SelfCare.Tests.Email;

public enum InvoiceState { Open, Paid }

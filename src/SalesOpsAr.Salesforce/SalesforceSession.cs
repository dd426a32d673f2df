namespace SalesOpsAr.Salesforce;

/// <summary>A sign-in's result: the bearer token and the org's own address the calls go to.</summary>
public sealed record SalesforceSession(string AccessToken, Uri InstanceUrl);

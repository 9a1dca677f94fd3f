using System.Reflection;

namespace RecoveryBot.Deployment.Tests;

/// <summary>Paths baked into the test assembly by the csproj (AssemblyMetadata items).</summary>
internal static class RepoPaths
{
    private static string Metadata(string key) =>
        typeof(RepoPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .SingleOrDefault(a => a.Key == key)?.Value
        ?? throw new InvalidOperationException($"assembly metadata '{key}' is missing; see the csproj");

    public static string RepoRoot => Metadata("RepoRoot");

    public static string BicepExecutable => Metadata("BicepPath");

    public static string DeploymentTemplates => Path.Combine(RepoRoot, "deploymentTemplates");

    public static string Azure => Path.Combine(DeploymentTemplates, "azure");

    public static string Teams => Path.Combine(DeploymentTemplates, "teams");
}

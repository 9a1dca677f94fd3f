using System.Text.RegularExpressions;
using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace RecoveryBot.Deployment.Tests;

/// <summary>Compiles main.bicep once and shares the ARM JSON with every test in the class.</summary>
public sealed class CompiledMainTemplate
{
    public CompiledMainTemplate()
    {
        Build = Bicep.Build(Path.Combine(RepoPaths.Azure, "main.bicep"));
        Template = Build.ExitCode == 0 ? JsonNode.Parse(Build.Json)! : new JsonObject();
    }

    internal Bicep.BuildResult Build { get; }

    public JsonNode Template { get; }
}

public sealed class AzureTemplateTests(CompiledMainTemplate compiled, ITestOutputHelper output) : IClassFixture<CompiledMainTemplate>
{
    private JsonNode Template => compiled.Template;

    private static List<string> BicepFileList() =>
        Directory.EnumerateFiles(RepoPaths.DeploymentTemplates, "*.bicep", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(RepoPaths.RepoRoot, file))
            .Order(StringComparer.Ordinal)
            .ToList();

    public static TheoryData<string> BicepFiles() => new(BicepFileList());

    [Fact]
    public void There_is_at_least_the_main_template_to_compile()
    {
        Assert.Contains(Path.Combine("deploymentTemplates", "azure", "main.bicep"), BicepFileList());
    }

    [Theory]
    [MemberData(nameof(BicepFiles))]
    public void Every_bicep_file_compiles_with_no_errors_and_no_linter_warnings(string relativePath)
    {
        output.WriteLine(Bicep.Version());
        var build = Bicep.Build(Path.Combine(RepoPaths.RepoRoot, relativePath));
        foreach (var line in build.Warnings.Concat(build.Errors))
        {
            output.WriteLine(line);
        }

        Assert.True(build.ExitCode == 0, $"bicep build failed with exit code {build.ExitCode}:\n{build.RawDiagnostics}");
        Assert.Empty(build.Errors);
        Assert.Empty(build.Warnings);
        var json = JsonNode.Parse(build.Json);
        Assert.NotNull(json?["$schema"]);
    }

    [Fact]
    public void Web_app_is_linux_dotnet_10_with_https_websockets_always_on_and_health_check()
    {
        var site = SingleResource("Microsoft.Web/sites");
        Assert.Contains("linux", (string)site["kind"]!);
        var properties = site["properties"]!;
        Assert.True((bool)properties["httpsOnly"]!);
        var config = properties["siteConfig"]!;
        Assert.Equal("DOTNETCORE|10.0", (string)config["linuxFxVersion"]!);
        Assert.True((bool)config["webSocketsEnabled"]!);
        Assert.True((bool)config["alwaysOn"]!);
        Assert.Equal("/healthz", (string)config["healthCheckPath"]!);
        Assert.Equal("[parameters('instanceCount')]", (string)config["numberOfWorkers"]!); // as many as the plan has
    }

    [Fact]
    public void Plan_is_linux_and_runs_instance_count_instances_but_refuses_more_than_one_for_sqlite()
    {
        var plan = SingleResource("Microsoft.Web/serverfarms");
        Assert.Equal("linux", (string)plan["kind"]!);
        Assert.True((bool)plan["properties"]!["reserved"]!);

        // capacity = sqliteScaledOut ? fail(...) : instanceCount; ARM's if() only evaluates the branch it takes.
        var capacity = (string)plan["sku"]!["capacity"]!;
        Assert.StartsWith("[if(variables('sqliteScaledOut'), fail('storageProvider Sqlite runs on exactly one instance", capacity);
        Assert.EndsWith("), parameters('instanceCount'))]", capacity);
        Assert.Equal("[and(variables('useSqlite'), greater(parameters('instanceCount'), 1))]", (string)Template["variables"]!["sqliteScaledOut"]!);
        Assert.Equal("[equals(parameters('storageProvider'), 'Sqlite')]", (string)Template["variables"]!["useSqlite"]!);
    }

    [Fact]
    public void The_plan_defaults_to_B2_in_the_template_and_the_parameters_file_and_B1_may_still_be_chosen()
    {
        // B1 and S1 (1.75 GB) are about the app's peak memory: allowed, not the default (deploymentTemplates/README.md).
        Assert.Equal(0, compiled.Build.ExitCode);
        var sku = Template["parameters"]!["appServicePlanSku"]!;
        Assert.Equal("B2", (string)sku["defaultValue"]!);
        Assert.Contains("B1", sku["allowedValues"]!.AsArray().Select(v => (string)v!));
        var parameters = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Azure, "main.parameters.json")))!;
        Assert.Equal("B2", (string)parameters["parameters"]!["appServicePlanSku"]!["value"]!);
    }

    [Fact]
    public void App_settings_configure_bot_identity_and_sqlite_on_persistent_home_storage()
    {
        var names = AppSettingNames().ToList();
        foreach (var name in new[] { "MicrosoftAppType", "MicrosoftAppId", "MicrosoftAppTenantId", "MicrosoftAppPassword", "Storage__Provider", "Storage__Sqlite__Path", "WEBSITES_ENABLE_APP_SERVICE_STORAGE" })
        {
            Assert.Contains(name, names);
        }

        Assert.Equal(names.Count, names.Distinct().Count());
        var literals = LiteralAppSettings();
        Assert.Equal("/home/data/recoverybot.db", literals["Storage__Sqlite__Path"]);
        Assert.Equal("true", literals["WEBSITES_ENABLE_APP_SERVICE_STORAGE"]);
        var settings = AppSettingsExpression();
        Assert.Contains("createObject('name', 'MicrosoftAppType', 'value', parameters('appType'))", settings);
        Assert.Contains("createObject('name', 'Storage__Provider', 'value', parameters('storageProvider'))", settings);
        // The SQLite path only reaches the app when SQLite is the store (the deployed values: AzureTemplateStorageTests).
        Assert.Contains("if(variables('useSqlite'), createArray(createObject('name', 'Storage__Sqlite__Path', 'value', '/home/data/recoverybot.db'), createObject('name', 'Privacy__KeysPath', 'value', '/home/data/keys')), createArray())", settings);
    }

    [Fact]
    public void App_password_reaches_the_web_app_only_as_a_key_vault_reference_and_only_for_single_tenant()
    {
        var settings = AppSettingsExpression();
        // The template is languageVersion 2.0 (for the nullable postgresAdminPassword), so resources are referred to by symbolic name.
        Assert.Contains(
            "if(variables('isSingleTenant'), createArray(createObject('name', 'MicrosoftAppPassword', 'value', format('@Microsoft.KeyVault(SecretUri={0})', reference('appPasswordSecret').secretUri))), createArray())",
            settings);
        Assert.Equal("[format('{0}/{1}', variables('keyVaultName'), variables('passwordSecretName'))]", (string)Template["resources"]!["appPasswordSecret"]!["name"]!);
        Assert.DoesNotContain("parameters('appPassword')", settings);

        // The only resource that touches the password parameter is the Key Vault secret holding it.
        var users = Bicep.Resources(Template).Where(r => RawJson(r).Contains("parameters('appPassword')")).ToList();
        var secret = Assert.Single(users);
        Assert.Equal("Microsoft.KeyVault/vaults/secrets", (string)secret["type"]!);
        Assert.Equal("[parameters('appPassword')]", (string)secret["properties"]!["value"]!);
        Assert.Contains("isSingleTenant", (string)secret["condition"]!);
    }

    [Fact]
    public void Key_vault_uses_rbac_and_the_web_app_identity_may_read_secrets()
    {
        var vault = SingleResource("Microsoft.KeyVault/vaults");
        Assert.True((bool)vault["properties"]!["enableRbacAuthorization"]!);
        Assert.Contains("isSingleTenant", (string)vault["condition"]!);

        // There is a second role assignment (blobs, for AzureBlob); this one is scoped to the vault.
        var assignment = Assert.Single(
            Bicep.Resources(Template),
            r => (string)r["type"]! == "Microsoft.Authorization/roleAssignments" && ((string?)r["scope"] ?? string.Empty).Contains("Microsoft.KeyVault/vaults"));
        Assert.Equal(
            "[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', variables('keyVaultSecretsUserRoleId'))]",
            (string)assignment["properties"]!["roleDefinitionId"]!);
        Assert.Equal("4633458b-17de-408a-b874-0445c86b69e6", (string)Template["variables"]!["keyVaultSecretsUserRoleId"]!); // Key Vault Secrets User
        Assert.Contains("principalId", (string)assignment["properties"]!["principalId"]!);

        var site = SingleResource("Microsoft.Web/sites");
        Assert.Equal("UserAssigned", (string)site["identity"]!["type"]!);
        Assert.Contains("Microsoft.ManagedIdentity/userAssignedIdentities", (string)site["properties"]!["keyVaultReferenceIdentity"]!);
    }

    [Fact]
    public void Azure_bot_is_global_azurebot_pointing_at_the_web_apps_messages_endpoint()
    {
        var bot = SingleResource("Microsoft.BotService/botServices");
        Assert.Equal("azurebot", (string)bot["kind"]!);
        Assert.Equal("global", (string)bot["location"]!);
        var endpoint = (string)bot["properties"]!["endpoint"]!;
        output.WriteLine(endpoint);
        Assert.StartsWith("[format('https://{0}/api/messages', ", endpoint);
        Assert.Contains("defaultHostName", endpoint);
        Assert.EndsWith("/api/messages", ResolveFormatLiteral(endpoint));
        Assert.Equal("[parameters('appType')]", (string)bot["properties"]!["msaAppType"]!);
        Assert.Contains("msaAppMSIResourceId", bot["properties"]!.AsObject().Select(p => p.Key));
    }

    [Fact]
    public void Teams_and_web_chat_channels_are_enabled()
    {
        var channels = Bicep.Resources(Template).Where(r => (string)r["type"]! == "Microsoft.BotService/botServices/channels").ToList();
        var names = channels.Select(c => (string)c["properties"]!["channelName"]!).ToList();
        Assert.Contains("MsTeamsChannel", names);
        Assert.Contains("WebChatChannel", names);
        var teams = channels.Single(c => (string)c["properties"]!["channelName"]! == "MsTeamsChannel");
        Assert.True((bool)teams["properties"]!["properties"]!["isEnabled"]!);
    }

    [Fact]
    public void App_type_defaults_to_managed_identity_and_multi_tenant_is_not_offered()
    {
        var appType = Template["parameters"]!["appType"]!;
        Assert.Equal("UserAssignedMSI", (string)appType["defaultValue"]!);
        var allowed = appType["allowedValues"]!.AsArray().Select(v => (string)v!).ToList();
        Assert.Equal(["UserAssignedMSI", "SingleTenant"], allowed);
        Assert.DoesNotContain("MultiTenant", allowed);
    }

    [Fact]
    public void Secure_parameters_have_no_default_secret_and_every_parameter_is_described()
    {
        var parameters = Template["parameters"]!.AsObject();
        Assert.Equal("securestring", (string)parameters["appPassword"]!["type"]!);
        foreach (var (name, parameter) in parameters)
        {
            Assert.False(string.IsNullOrWhiteSpace((string?)parameter!["metadata"]?["description"]), $"parameter {name} has no @description");
            if ((string)parameter["type"]! is "securestring" or "secureObject")
            {
                var defaultValue = parameter["defaultValue"];
                Assert.True(defaultValue is null || (string?)defaultValue == string.Empty, $"secure parameter {name} has a non-empty default");
            }
        }
    }

    [Fact]
    public void Outputs_give_the_bot_endpoint_and_the_web_app_host_name()
    {
        var outputs = Template["outputs"]!.AsObject();
        Assert.Contains("botEndpoint", outputs.Select(o => o.Key));
        Assert.Contains("webAppHostName", outputs.Select(o => o.Key));
        Assert.Contains("defaultHostName", (string)outputs["webAppHostName"]!["value"]!);
        Assert.DoesNotContain("appPassword", RawJson(outputs));
    }

    [Fact]
    public void Example_parameters_file_only_names_real_parameters_and_holds_no_secret()
    {
        var file = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Azure, "main.parameters.json")))!;
        Assert.Contains("deploymentParameters.json", (string)file["$schema"]!);
        var known = Template["parameters"]!.AsObject().Select(p => p.Key).ToHashSet();
        foreach (var (name, _) in file["parameters"]!.AsObject())
        {
            Assert.Contains(name, known);
        }

        Assert.False(file["parameters"]!.AsObject().ContainsKey("appPassword"));
    }

    private JsonObject SingleResource(string type)
    {
        Assert.True(compiled.Build.ExitCode == 0, compiled.Build.RawDiagnostics);
        var matches = Bicep.Resources(Template).Where(r => (string)r["type"]! == type).ToList();
        return Assert.Single(matches);
    }

    private static string RawJson(JsonNode node) =>
        node.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    /// <summary>The site's appSettings: Bicep compiles them to a single ARM expression string. Parts Bicep kept as
    /// variables (those with no runtime value in them, such as the SQLite settings) are put back in place.</summary>
    private string AppSettingsExpression()
    {
        var settings = SingleResource("Microsoft.Web/sites")["properties"]!["siteConfig"]!["appSettings"]!;
        var expression = settings is JsonValue value && value.TryGetValue<string>(out var text)
            ? text
            : settings.ToJsonString();
        return Regex.Replace(expression, @"variables\('(?<name>[^']+)'\)", m =>
            Template["variables"]?[m.Groups["name"].Value] is JsonValue variable && variable.TryGetValue<string>(out var inner) && inner.StartsWith('[') && inner.Contains("createObject('name'")
                ? inner[1..^1]
                : m.Value);
    }

    private IEnumerable<string> AppSettingNames() =>
        Regex.Matches(AppSettingsExpression(), @"createObject\('name', '(?<name>[^']+)', 'value'").Select(m => m.Groups["name"].Value);

    private Dictionary<string, string> LiteralAppSettings() =>
        Regex.Matches(AppSettingsExpression(), @"createObject\('name', '(?<name>[^']+)', 'value', '(?<value>[^']*)'\)")
            .ToDictionary(m => m.Groups["name"].Value, m => m.Groups["value"].Value);

    /// <summary>"[format('https://{0}/api/messages', x)]" → "https://HOST/api/messages".</summary>
    private static string ResolveFormatLiteral(string expression)
    {
        var start = expression.IndexOf('\'') + 1;
        var end = expression.IndexOf('\'', start);
        return expression[start..end].Replace("{0}", "HOST");
    }
}

using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace RecoveryBot.Deployment.Tests;

/// <summary>
/// Evaluates main.bicep for given parameter values with <c>bicep snapshot</c>: the compiler runs the template
/// through the deployment engine locally (no Azure account) and writes the resources a deployment would create,
/// with every expression that needs no live Azure value already worked out. A template that calls fail() on
/// the way makes the snapshot fail with that message, as the deployment would.
/// </summary>
internal static class TemplateSnapshot
{
    public const string SubscriptionId = "00000000-0000-0000-0000-0000000000aa";
    public const string TenantId = "00000000-0000-0000-0000-0000000000bb";
    public const string ResourceGroup = "rg-recoverybot";

    public sealed record Result(int ExitCode, JsonNode? Snapshot, string Text, string StdErr)
    {
        public IEnumerable<JsonObject> Resources =>
            Snapshot?["predictedResources"]?.AsArray().OfType<JsonObject>() ?? [];

        public IEnumerable<JsonObject> OfType(string type) => Resources.Where(r => (string)r["type"]! == type);

        public JsonObject Single(string type) => Assert.Single(OfType(type));

        /// <summary>The web app's app settings, name to value (a value that needs a live resource stays an expression).</summary>
        public Dictionary<string, string> AppSettings() =>
            Single("Microsoft.Web/sites")["properties"]!["siteConfig"]!["appSettings"]!.AsArray()
                .ToDictionary(s => (string)s!["name"]!, s => (string)s!["value"]!);
    }

    public static Result Run(IReadOnlyDictionary<string, object> parameters)
    {
        var work = Directory.CreateTempSubdirectory("recoverybot-snapshot-");
        try
        {
            // A .bicepparam file must name its template by a relative path.
            var template = Path.GetRelativePath(work.FullName, Path.Combine(RepoPaths.Azure, "main.bicep")).Replace('\\', '/');
            var lines = new List<string> { $"using '{template}'" };
            lines.AddRange(parameters.Select(p => $"param {p.Key} = {Literal(p.Value)}"));
            var paramsFile = Path.Combine(work.FullName, "deployment.bicepparam");
            File.WriteAllLines(paramsFile, lines);

            var run = ProcessRunner.Run(
                Bicep.Executable,
                ["snapshot", paramsFile, "--mode", "overwrite", "--subscription-id", SubscriptionId, "--tenant-id", TenantId, "--resource-group", ResourceGroup, "--location", "westeurope"],
                work.FullName);
            var snapshotFile = Path.Combine(work.FullName, "deployment.snapshot.json");
            var text = File.Exists(snapshotFile) ? File.ReadAllText(snapshotFile) : string.Empty;
            return new Result(run.ExitCode, text.Length > 0 ? JsonNode.Parse(text) : null, text, run.StdErr + run.StdOut);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static string Literal(object value) => value switch
    {
        string text => "'" + text.Replace("\\", "\\\\").Replace("'", "\\'") + "'",
        int number => number.ToString(CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        _ => throw new ArgumentException($"no Bicep literal for {value.GetType()}", nameof(value)),
    };
}

/// <summary>The parameter sets the tests deploy with.</summary>
internal static class Scenarios
{
    public const string PostgresPassword = "Xq7;\"pw'-Secret";

    public static readonly (string Name, object Value)[] Default = [];
    public static readonly (string Name, object Value)[] SqliteOnTwo = [("instanceCount", 2)];
    public static readonly (string Name, object Value)[] SqliteOnTen = [("instanceCount", 10)];
    public static readonly (string Name, object Value)[] SqliteNamedOnOne = [("storageProvider", "Sqlite"), ("instanceCount", 1)];
    public static readonly (string Name, object Value)[] PostgresOnTwo = [("storageProvider", "Postgres"), ("instanceCount", 2), ("postgresAdminPassword", PostgresPassword)];
    public static readonly (string Name, object Value)[] PostgresWithoutPassword = [("storageProvider", "Postgres")];
    public static readonly (string Name, object Value)[] BlobOnThree = [("storageProvider", "AzureBlob"), ("instanceCount", 3)];

    public static readonly (string Name, object Value)[] SingleTenantPostgres =
    [
        ("appType", "SingleTenant"),
        ("appId", "1a2b3c4d-1234-5678-9abc-def012345678"),
        ("appPassword", "app-secret-value"),
        ("storageProvider", "Postgres"),
        ("instanceCount", 2),
        ("postgresAdminPassword", PostgresPassword),
    ];

    public static readonly (string Name, object Value)[] PostgresSmallOnFour = [("storageProvider", "Postgres"), ("instanceCount", 4), ("postgresAdminPassword", PostgresPassword)];
    public static readonly (string Name, object Value)[] PostgresLargeOnTen =
        [("storageProvider", "Postgres"), ("instanceCount", 10), ("postgresSkuName", "Standard_D4ds_v5"), ("postgresAdminPassword", PostgresPassword)];

    public static readonly (string Name, object Value)[][] All =
        [Default, SqliteOnTwo, SqliteOnTen, SqliteNamedOnOne, PostgresOnTwo, PostgresWithoutPassword, BlobOnThree, SingleTenantPostgres, PostgresSmallOnFour, PostgresLargeOnTen];
}

/// <summary>Snapshots take a few seconds each: every scenario is evaluated once per run, and all of them are started
/// in the background (as many at a time as there are processors) as soon as the fixture exists.</summary>
public sealed class TemplateSnapshots
{
    private readonly ConcurrentDictionary<string, Lazy<TemplateSnapshot.Result>> results = new();

    public TemplateSnapshots() =>
        _ = Task.Run(() => Parallel.ForEach(
            Scenarios.All,
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            scenario => For(scenario)));

    internal TemplateSnapshot.Result For(params (string Name, object Value)[] parameters)
    {
        var key = string.Join(";", parameters.Select(p => $"{p.Name}={p.Value}"));
        return results.GetOrAdd(key, _ => new Lazy<TemplateSnapshot.Result>(
            () => TemplateSnapshot.Run(parameters.ToDictionary(p => p.Name, p => p.Value)))).Value;
    }
}

/// <summary>The store the bot keeps its state in (storageProvider) and the number of instances (instanceCount).</summary>
public sealed class AzureTemplateStorageTests(CompiledMainTemplate compiled, TemplateSnapshots snapshots, ITestOutputHelper output)
    : IClassFixture<CompiledMainTemplate>, IClassFixture<TemplateSnapshots>
{
    private const string BlobDataContributor = "ba92f5b4-2d11-453d-a403-e96b0029c9fe";
    private const string KeyVaultSecretsUser = "4633458b-17de-408a-b874-0445c86b69e6";

    private static readonly string[] PostgresTypes =
    [
        "Microsoft.DBforPostgreSQL/flexibleServers",
        "Microsoft.DBforPostgreSQL/flexibleServers/configurations",
        "Microsoft.DBforPostgreSQL/flexibleServers/databases",
        "Microsoft.DBforPostgreSQL/flexibleServers/firewallRules",
    ];

    private static readonly string[] BlobTypes =
    [
        "Microsoft.Storage/storageAccounts",
        "Microsoft.Storage/storageAccounts/blobServices",
        "Microsoft.Storage/storageAccounts/blobServices/containers",
    ];

    private JsonNode Template => compiled.Template;

    private JsonObject Parameter(string name) => Template["parameters"]![name]!.AsObject();

    private JsonObject Resource(string symbolicName)
    {
        Assert.True(compiled.Build.ExitCode == 0, compiled.Build.RawDiagnostics);
        return Template["resources"]![symbolicName]!.AsObject();
    }

    private string Variable(string name) => (string)Template["variables"]![name]!;

    private string AppSettingsExpression() => (string)Resource("webApp")["properties"]!["siteConfig"]!["appSettings"]!;

    private static string RawJson(JsonNode node) =>
        node.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    private string IdentityId() => $"/subscriptions/{TemplateSnapshot.SubscriptionId}/resourceGroups/{TemplateSnapshot.ResourceGroup}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/";

    // ---- What the compiled template says ----

    [Fact]
    public void Storage_provider_is_sqlite_postgres_or_azure_blob_and_defaults_to_sqlite()
    {
        var parameter = Parameter("storageProvider");
        Assert.Equal("string", (string)parameter["type"]!);
        Assert.Equal("Sqlite", (string)parameter["defaultValue"]!);
        Assert.Equal(["Sqlite", "Postgres", "AzureBlob"], parameter["allowedValues"]!.AsArray().Select(v => (string)v!));
    }

    [Fact]
    public void Instance_count_is_an_int_from_1_to_10_defaulting_to_1()
    {
        var parameter = Parameter("instanceCount");
        Assert.Equal("int", (string)parameter["type"]!);
        Assert.Equal(1, (int)parameter["defaultValue"]!);
        Assert.Equal(1, (int)parameter["minValue"]!);
        Assert.Equal(10, (int)parameter["maxValue"]!);
    }

    [Fact]
    public void Postgres_parameters_have_safe_defaults_and_the_password_is_secure_with_no_default()
    {
        Assert.Equal("Standard_B1ms", (string)Parameter("postgresSkuName")["defaultValue"]!);
        Assert.Equal(["16", "17"], Parameter("postgresVersion")["allowedValues"]!.AsArray().Select(v => (string)v!));
        Assert.Equal("17", (string)Parameter("postgresVersion")["defaultValue"]!);
        Assert.False(string.IsNullOrEmpty((string?)Parameter("postgresAdminLogin")["defaultValue"]));

        var password = Parameter("postgresAdminPassword");
        Assert.Equal("securestring", (string)password["type"]!);
        Assert.False(password.ContainsKey("defaultValue"));
        Assert.True((bool)password["nullable"]!); // optional for the other stores; refused when missing with Postgres (below)
        Assert.Contains("required", (string)password["metadata"]!["description"]!);
    }

    [Fact]
    public void Each_providers_resources_are_conditional_on_its_choice()
    {
        Assert.Equal("[equals(parameters('storageProvider'), 'Postgres')]", Variable("usePostgres"));
        Assert.Equal("[equals(parameters('storageProvider'), 'AzureBlob')]", Variable("useBlob"));

        var resources = Bicep.Resources(Template).ToList();
        foreach (var type in PostgresTypes)
        {
            var resource = Assert.Single(resources, r => (string)r["type"]! == type);
            Assert.Equal("[variables('usePostgres')]", (string?)resource["condition"]);
        }

        foreach (var type in BlobTypes)
        {
            var resource = Assert.Single(resources, r => (string)r["type"]! == type);
            Assert.Equal("[variables('useBlob')]", (string?)resource["condition"]);
        }

        Assert.Equal("[variables('usePostgres')]", (string?)Resource("postgresSecret")["condition"]);
        Assert.Equal("[variables('useBlob')]", (string?)Resource("identityWritesBlobs")["condition"]);
        // The vault and the identity's right to read it serve the app password and the connection string alike.
        Assert.Equal("[or(variables('isSingleTenant'), variables('usePostgres'))]", (string?)Resource("vault")["condition"]);
        Assert.Equal("[or(variables('isSingleTenant'), variables('usePostgres'))]", (string?)Resource("identityReadsSecrets")["condition"]);
    }

    [Fact]
    public void Postgres_with_no_password_is_refused_by_fail_in_the_server_definition()
    {
        var password = (string)Resource("postgres")["properties"]!["administratorLoginPassword"]!;
        Assert.StartsWith("[if(empty(parameters('postgresAdminPassword')), fail('storageProvider Postgres needs postgresAdminPassword", password);
        Assert.EndsWith("parameters('postgresAdminPassword'))]", password);
    }

    [Fact]
    public void Postgres_password_only_reaches_the_server_and_the_key_vault_secret()
    {
        var users = Bicep.Resources(Template)
            .Where(r => RawJson(r).Contains("parameters('postgresAdminPassword')"))
            .Select(r => (string)r["type"]!)
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(["Microsoft.DBforPostgreSQL/flexibleServers", "Microsoft.KeyVault/vaults/secrets"], users);
        Assert.DoesNotContain("postgresAdminPassword", RawJson(Template["outputs"]!));
        Assert.DoesNotContain("postgresAdminPassword", AppSettingsExpression());
    }

    [Fact]
    public void Postgres_connection_string_reaches_the_app_only_as_a_key_vault_reference()
    {
        var settings = AppSettingsExpression();
        Assert.Contains(
            "if(variables('usePostgres'), createArray(createObject('name', 'Storage__Postgres__ConnectionString', 'value', format('@Microsoft.KeyVault(SecretUri={0})', reference('postgresSecret').secretUri))), createArray())",
            settings);
        Assert.DoesNotContain("ConnectionStrings__Postgres", settings);
        Assert.DoesNotContain("reference('postgres')", settings);

        var secret = Resource("postgresSecret");
        Assert.Equal("[format('{0}/{1}', variables('keyVaultName'), variables('postgresSecretName'))]", (string)secret["name"]!);
        var value = (string)secret["properties"]!["value"]!;
        output.WriteLine(value);
        Assert.StartsWith("[format('Host={0};Database={1};Username={2};Password=\"{3}\";SSL Mode=Require;Maximum Pool Size={4}', reference('postgres').fullyQualifiedDomainName, ", value);
        Assert.EndsWith(", variables('postgresPoolSize'))]", value);
        Assert.Contains("replace(coalesce(parameters('postgresAdminPassword'), ''), '\"', '\"\"')", value); // quoted, inner quotes doubled
    }

    [Fact]
    public void Postgres_server_is_a_tls_only_flexible_server_with_32_gb_a_recoverybot_database_and_the_azure_services_rule()
    {
        var server = Resource("postgres");
        Assert.DoesNotContain("preview", (string)server["apiVersion"]!);
        // The size itself, unless it is too small for the instances (fail(), shown by a snapshot below).
        Assert.StartsWith("[if(less(variables('postgresPoolSize'), 5), fail(", (string)server["sku"]!["name"]!);
        Assert.EndsWith(", parameters('postgresSkuName'))]", (string)server["sku"]!["name"]!);
        Assert.Equal("[if(startsWith(parameters('postgresSkuName'), 'Standard_B'), 'Burstable', 'GeneralPurpose')]", (string)server["sku"]!["tier"]!);
        var properties = server["properties"]!;
        Assert.Equal("[parameters('postgresVersion')]", (string)properties["version"]!);
        Assert.Equal(32, (int)properties["storage"]!["storageSizeGB"]!);
        Assert.Equal("Enabled", (string)properties["authConfig"]!["passwordAuth"]!);

        var tls = Resource("postgresRequiresTls");
        Assert.EndsWith("'require_secure_transport')]", (string)tls["name"]!);
        Assert.Equal("on", (string)tls["properties"]!["value"]!);

        Assert.Equal("recoverybot", Variable("postgresDatabaseName"));

        var rule = Resource("postgresAllowsAzure");
        Assert.EndsWith("'AllowAllAzureServicesAndResourcesWithinAzureIps')]", (string)rule["name"]!);
        Assert.Equal("0.0.0.0", (string)rule["properties"]!["startIpAddress"]!);
        Assert.Equal("0.0.0.0", (string)rule["properties"]!["endIpAddress"]!);
    }

    [Fact]
    public void Storage_account_is_https_only_tls_1_2_with_no_public_blobs_and_no_shared_keys()
    {
        var account = Resource("storage");
        Assert.DoesNotContain("preview", (string)account["apiVersion"]!);
        Assert.Equal("StorageV2", (string)account["kind"]!);
        Assert.Equal("Standard_LRS", (string)account["sku"]!["name"]!);
        var properties = account["properties"]!;
        Assert.True((bool)properties["supportsHttpsTrafficOnly"]!);
        Assert.Equal("TLS1_2", (string)properties["minimumTlsVersion"]!);
        Assert.False((bool)properties["allowBlobPublicAccess"]!);
        Assert.False((bool)properties["allowSharedKeyAccess"]!);

        var container = Resource("blobContainer");
        Assert.Equal("recoverybot", Variable("blobContainerName"));
        Assert.Equal("None", (string)container["properties"]!["publicAccess"]!);
    }

    [Fact]
    public void Blob_role_assignment_gives_the_web_apps_identity_storage_blob_data_contributor_on_the_account()
    {
        Assert.Equal(BlobDataContributor, Variable("storageBlobDataContributorRoleId"));
        var assignment = Resource("identityWritesBlobs");
        Assert.Equal("[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', variables('storageBlobDataContributorRoleId'))]", (string)assignment["properties"]!["roleDefinitionId"]!);
        Assert.Equal("[reference('identity').principalId]", (string)assignment["properties"]!["principalId"]!);
        Assert.Equal("ServicePrincipal", (string)assignment["properties"]!["principalType"]!);
        Assert.Equal("[resourceId('Microsoft.Storage/storageAccounts', variables('storageAccountName'))]", (string)assignment["scope"]!);

        // ...and that identity is the web app's (its only one).
        var identities = Resource("webApp")["identity"]!["userAssignedIdentities"]!.AsObject();
        Assert.Equal("[format('{0}', resourceId('Microsoft.ManagedIdentity/userAssignedIdentities', format('{0}-id-{1}', parameters('baseName'), variables('suffix'))))]", Assert.Single(identities).Key);
        Assert.Equal("UserAssigned", (string)Resource("webApp")["identity"]!["type"]!);
    }

    [Fact]
    public void Blob_provider_gives_the_app_the_account_url_the_container_and_the_identitys_client_id()
    {
        Assert.Contains(
            "if(variables('useBlob'), createArray(createObject('name', 'Storage__AzureBlob__AccountUrl', 'value', reference('storage').primaryEndpoints.blob), createObject('name', 'Storage__AzureBlob__Container', 'value', variables('blobContainerName')), createObject('name', 'AZURE_CLIENT_ID', 'value', reference('identity').clientId)), createArray())",
            AppSettingsExpression());
        Assert.DoesNotContain("Storage__AzureBlob__ConnectionString", AppSettingsExpression()); // no account key anywhere
    }

    [Fact]
    public void Outputs_include_the_storage_provider()
    {
        Assert.Equal("[parameters('storageProvider')]", (string)Template["outputs"]!["storageProvider"]!["value"]!);
    }

    // ---- What a deployment would create, evaluated by bicep snapshot ----

    [Fact]
    public void Default_deployment_is_sqlite_on_one_instance_with_no_other_store()
    {
        var result = snapshots.For(Scenarios.Default);
        Assert.True(result.ExitCode == 0, result.StdErr); // no postgresAdminPassword, and the Postgres check is not reached
        Assert.Empty(result.Snapshot!["diagnostics"]!.AsArray());
        Assert.Equal(1, (int)result.Single("Microsoft.Web/serverfarms")["sku"]!["capacity"]!);
        Assert.Equal(1, (int)result.Single("Microsoft.Web/sites")["properties"]!["siteConfig"]!["numberOfWorkers"]!);

        var settings = result.AppSettings();
        Assert.Equal("Sqlite", settings["Storage__Provider"]);
        Assert.Equal("/home/data/recoverybot.db", settings["Storage__Sqlite__Path"]);
        // Out of the app folder, which a zip deployment cleans: the keys must outlive a deployment like the database.
        Assert.Equal("/home/data/keys", settings["Privacy__KeysPath"]);
        Assert.Equal("true", settings["WEBSITES_ENABLE_APP_SERVICE_STORAGE"]);
        Assert.DoesNotContain(settings.Keys, k => k.StartsWith("Storage__Postgres", StringComparison.Ordinal) || k.StartsWith("Storage__AzureBlob", StringComparison.Ordinal) || k == "AZURE_CLIENT_ID");

        Assert.DoesNotContain(result.Resources, r => PostgresTypes.Concat(BlobTypes).Contains((string)r["type"]!));
        Assert.Empty(result.OfType("Microsoft.KeyVault/vaults"));
        Assert.Empty(result.OfType("Microsoft.Authorization/roleAssignments"));
        Assert.Equal("Sqlite", (string)result.Snapshot!["outputs"]!["storageProvider"]!);
        Assert.Equal(0, (int)result.Snapshot!["outputs"]!["postgresPoolSize"]!);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(10)]
    public void Sqlite_with_more_than_one_instance_is_refused(int instances)
    {
        var result = snapshots.For(instances == 2 ? Scenarios.SqliteOnTwo : Scenarios.SqliteOnTen);
        output.WriteLine(result.StdErr);
        Assert.NotEqual(0, result.ExitCode);
        Assert.Null(result.Snapshot);
        Assert.Contains("'plan'", result.StdErr);
        Assert.Contains("storageProvider Sqlite runs on exactly one instance", result.StdErr);
        Assert.Contains("set instanceCount to 1, or choose storageProvider Postgres or AzureBlob", result.StdErr);
    }

    [Fact]
    public void Sqlite_named_explicitly_with_one_instance_is_accepted()
    {
        var result = snapshots.For(Scenarios.SqliteNamedOnOne);
        Assert.True(result.ExitCode == 0, result.StdErr);
        Assert.Equal(1, (int)result.Single("Microsoft.Web/serverfarms")["sku"]!["capacity"]!);
    }

    [Fact]
    public void Postgres_on_two_instances_creates_server_database_firewall_rule_and_secret_and_the_app_gets_only_a_reference()
    {
        var result = snapshots.For(Scenarios.PostgresOnTwo);
        Assert.True(result.ExitCode == 0, result.StdErr);
        Assert.Equal(2, (int)result.Single("Microsoft.Web/serverfarms")["sku"]!["capacity"]!);
        Assert.Equal(2, (int)result.Single("Microsoft.Web/sites")["properties"]!["siteConfig"]!["numberOfWorkers"]!);

        foreach (var type in PostgresTypes)
        {
            Assert.Single(result.OfType(type));
        }

        Assert.DoesNotContain(result.Resources, r => BlobTypes.Contains((string)r["type"]!));
        var server = result.Single("Microsoft.DBforPostgreSQL/flexibleServers");
        Assert.Equal("Standard_B1ms", (string)server["sku"]!["name"]!);
        Assert.Equal("Burstable", (string)server["sku"]!["tier"]!);
        Assert.Equal("17", (string)server["properties"]!["version"]!);
        Assert.EndsWith("/recoverybot", (string)result.Single("Microsoft.DBforPostgreSQL/flexibleServers/databases")["name"]!);

        result.Single("Microsoft.KeyVault/vaults");
        var secret = result.Single("Microsoft.KeyVault/vaults/secrets");
        Assert.EndsWith("/PostgresConnectionString", (string)secret["name"]!);
        var reader = Assert.Single(result.OfType("Microsoft.Authorization/roleAssignments"));
        Assert.EndsWith(KeyVaultSecretsUser, (string)reader["properties"]!["roleDefinitionId"]!);

        var settings = result.AppSettings();
        Assert.Equal("Postgres", settings["Storage__Provider"]);
        var connection = settings["Storage__Postgres__ConnectionString"];
        Assert.StartsWith("[format('@Microsoft.KeyVault(SecretUri={0})', reference('", connection);
        Assert.Contains("/secrets/PostgresConnectionString', ", connection);
        Assert.EndsWith(").secretUri)]", connection);
        Assert.DoesNotContain("Storage__Sqlite__Path", settings.Keys);
        Assert.DoesNotContain("Privacy__KeysPath", settings.Keys);
        Assert.DoesNotContain("AZURE_CLIENT_ID", settings.Keys);

        // The password is nowhere in what the engine worked out (secure values stay unevaluated).
        Assert.DoesNotContain("Xq7", result.Text);
        // Standard_B1ms takes 35 user connections: (35 - 5 for an operator) / 2 instances - 3 for Direct Line signals.
        Assert.Equal(12, (int)result.Snapshot!["outputs"]!["postgresPoolSize"]!);
        Assert.Equal("Postgres", (string)result.Snapshot!["outputs"]!["storageProvider"]!);
    }

    [Fact]
    public void Postgres_pools_are_capped_at_npgsqls_default_on_a_large_server()
    {
        var result = snapshots.For(Scenarios.PostgresLargeOnTen);
        Assert.True(result.ExitCode == 0, result.StdErr);
        Assert.Equal(10, (int)result.Single("Microsoft.Web/serverfarms")["sku"]!["capacity"]!);
        Assert.Equal(100, (int)result.Snapshot!["outputs"]!["postgresPoolSize"]!); // 1703 / 10 would allow more
    }

    [Fact]
    public void Postgres_too_small_for_the_instance_count_is_refused()
    {
        // Four instances on Standard_B1ms would leave each a pool of 4: under load turns would be refused connections.
        var result = snapshots.For(Scenarios.PostgresSmallOnFour);
        output.WriteLine(result.StdErr);
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("postgresSkuName Standard_B1ms allows 35 connections, too few for 4 instances", result.StdErr);
    }

    [Fact]
    public void Postgres_without_an_admin_password_is_refused()
    {
        // (An empty one is refused by the same empty() test; snapshot leaves every given secure value unevaluated, so it cannot show that.)
        var result = snapshots.For(Scenarios.PostgresWithoutPassword);
        output.WriteLine(result.StdErr);
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("'postgres'", result.StdErr);
        Assert.Contains("storageProvider Postgres needs postgresAdminPassword", result.StdErr);
    }

    [Fact]
    public void Azure_blob_on_three_instances_creates_a_locked_down_account_and_gives_the_apps_identity_the_blob_role()
    {
        var result = snapshots.For(Scenarios.BlobOnThree);
        Assert.True(result.ExitCode == 0, result.StdErr);
        Assert.Equal(3, (int)result.Single("Microsoft.Web/serverfarms")["sku"]!["capacity"]!);
        foreach (var type in BlobTypes)
        {
            Assert.Single(result.OfType(type));
        }

        Assert.DoesNotContain(result.Resources, r => PostgresTypes.Contains((string)r["type"]!));
        Assert.Empty(result.OfType("Microsoft.KeyVault/vaults"));
        Assert.EndsWith("/default/recoverybot", (string)result.Single("Microsoft.Storage/storageAccounts/blobServices/containers")["name"]!);

        var account = result.Single("Microsoft.Storage/storageAccounts");
        var assignment = Assert.Single(result.OfType("Microsoft.Authorization/roleAssignments"));
        Assert.StartsWith((string)account["id"]! + "/providers/Microsoft.Authorization/roleAssignments/", (string)assignment["id"]!); // scoped to the account
        Assert.Equal($"/subscriptions/{TemplateSnapshot.SubscriptionId}/providers/Microsoft.Authorization/roleDefinitions/{BlobDataContributor}", (string)assignment["properties"]!["roleDefinitionId"]!);

        // One identity: the web app's only one holds the role, and AZURE_CLIENT_ID names it for DefaultAzureCredential.
        var identity = result.Single("Microsoft.ManagedIdentity/userAssignedIdentities");
        var identityId = (string)identity["id"]!;
        Assert.StartsWith(IdentityId(), identityId);
        Assert.Equal($"[reference('{identityId}', '2024-11-30').principalId]", (string)assignment["properties"]!["principalId"]!);
        var site = result.Single("Microsoft.Web/sites");
        Assert.Equal(identityId, Assert.Single(site["identity"]!["userAssignedIdentities"]!.AsObject()).Key);

        var settings = result.AppSettings();
        Assert.Equal("AzureBlob", settings["Storage__Provider"]);
        Assert.Equal($"[reference('{(string)account["id"]!}', '{(string)account["apiVersion"]!}').primaryEndpoints.blob]", settings["Storage__AzureBlob__AccountUrl"]);
        Assert.Equal("recoverybot", settings["Storage__AzureBlob__Container"]);
        Assert.Equal($"[reference('{identityId}', '2024-11-30').clientId]", settings["AZURE_CLIENT_ID"]);
        Assert.DoesNotContain(settings.Keys, k => k.StartsWith("Storage__Postgres", StringComparison.Ordinal) || k == "Storage__Sqlite__Path");
    }

    [Fact]
    public void Single_tenant_with_postgres_keeps_both_secrets_in_one_vault_read_through_one_role_assignment()
    {
        var result = snapshots.For(Scenarios.SingleTenantPostgres);
        Assert.True(result.ExitCode == 0, result.StdErr);
        result.Single("Microsoft.KeyVault/vaults");
        Assert.Equal(
            ["MicrosoftAppPassword", "PostgresConnectionString"],
            result.OfType("Microsoft.KeyVault/vaults/secrets").Select(s => ((string)s["name"]!).Split('/')[^1]).Order(StringComparer.Ordinal));
        Assert.Single(result.OfType("Microsoft.Authorization/roleAssignments"));
        var settings = result.AppSettings();
        Assert.StartsWith("[format('@Microsoft.KeyVault(SecretUri={0})'", settings["MicrosoftAppPassword"]);
        Assert.StartsWith("[format('@Microsoft.KeyVault(SecretUri={0})'", settings["Storage__Postgres__ConnectionString"]);
        Assert.DoesNotContain("app-secret-value", result.Text);
    }
}

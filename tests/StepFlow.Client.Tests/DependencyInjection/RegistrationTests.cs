using System;
using System.Threading.Tasks;
using Amazon.Runtime;
using Microsoft.Extensions.DependencyInjection;
using StepFlow.Aws;
using StepFlow.Client.Tests.Workflows;
using StepFlow.Extensions.DependencyInjection;
using StepFlow.LocalTransport;
using Xunit;

namespace StepFlow.Client.Tests.DependencyInjection;

/// <summary>The registration helpers wire transports and typed clients into a container.</summary>
public sealed class RegistrationTests
{
    [Fact]
    public async Task Local_transport_and_a_typed_client_resolve_and_run()
    {
        string? arn = null;
        var services = new ServiceCollection()
            .AddStepFlowLocal(transport => arn = transport.RegisterAsync(QuickQuoteWorkflow.CreateLocalDefinition()).GetAwaiter().GetResult());
        using var provider = services.BuildServiceProvider();
        var local = provider.GetRequiredService<LocalStepFunctionsTransport>();
        Assert.Same(local, provider.GetRequiredService<IStepFunctionsTransport>());

        using var scope = new ServiceCollection()
            .AddSingleton<IStepFunctionsTransport>(local)
            .AddStepFlowClient(arn!, (transport, machineArn) => new QuickQuoteWorkflowClient(transport, machineArn))
            .BuildServiceProvider();
        var client = scope.GetRequiredService<QuickQuoteWorkflowClient>();
        var result = await client.StartSyncExecutionAsync(new Order("o-9", 2));

        Assert.Equal(arn, client.StateMachineArn);
        Assert.Equal(new Quote("o-9", 5m), result.Output);
    }

    [Fact]
    public void Aws_transport_takes_its_HttpClient_from_the_factory_and_resolves_credentials_once()
    {
        var services = new ServiceCollection();
        services.AddStepFlowAws(options =>
        {
            options.Region = "eu-central-1";
            options.Credentials = new BasicAWSCredentials("AKIDEXAMPLE", "secret");
        });
        using var provider = services.BuildServiceProvider();

        var first = provider.GetRequiredService<IStepFunctionsTransport>();
        var second = provider.GetRequiredService<IStepFunctionsTransport>();
        var options = provider.GetRequiredService<AwsStepFunctionsOptions>();

        Assert.IsType<AwsStepFunctionsTransport>(first);
        Assert.NotSame(first, second);
        Assert.Same(options, provider.GetRequiredService<AwsStepFunctionsOptions>());
        Assert.Equal("eu-central-1", options.Region);
        Assert.DoesNotContain("secret", first.ToString());
    }

    [Fact]
    public void A_client_needs_an_arn()
        => Assert.Throws<ArgumentException>(() => new ServiceCollection().AddStepFlowClient("", (t, a) => new QuickQuoteWorkflowClient(t, a)));
}

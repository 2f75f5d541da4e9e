using System;
using System.Net.Http;
using Amazon.Runtime.Credentials;
using Microsoft.Extensions.DependencyInjection;
using StepFlow.Aws;
using StepFlow.Client;
using StepFlow.Local;
using StepFlow.LocalTransport;

namespace StepFlow.Extensions.DependencyInjection;

/// <summary>Registers a StepFlow transport and the generated typed clients that use it.</summary>
public static class StepFlowServiceCollectionExtensions
{
    /// <summary>The name of the HttpClient the AWS transport asks IHttpClientFactory for: configure handlers on it.</summary>
    public const string HttpClientName = "StepFlow.Aws";

    /// <summary>
    /// AWS Step Functions as the transport. The HttpClient comes from IHttpClientFactory (pooled handlers, DNS
    /// refresh); credentials are resolved once, from <paramref name="configure"/> or AWSSDK.Core's default chain.
    /// </summary>
    public static IHttpClientBuilder AddStepFlowAws(this IServiceCollection services, Action<AwsStepFunctionsOptions> configure)
    {
        if (services is null)
        {
            throw new ArgumentNullException(nameof(services));
        }

        if (configure is null)
        {
            throw new ArgumentNullException(nameof(configure));
        }

        services.AddSingleton(_ =>
        {
            var options = new AwsStepFunctionsOptions();
            configure(options);
            options.Credentials ??= DefaultAWSCredentialsIdentityResolver.GetCredentials();
            return options;
        });

        // Transient on purpose: each transport takes a fresh HttpClient, so the factory can rotate handlers.
        services.AddTransient<IStepFunctionsTransport>(provider => new AwsStepFunctionsTransport(
            provider.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName),
            provider.GetRequiredService<AwsStepFunctionsOptions>()));
        return services.AddHttpClient(HttpClientName);
    }

    /// <summary>
    /// The in-process engine as the transport (development, tests). <paramref name="configure"/> sets the engine's
    /// handlers, mocks and clock and registers the workflows (<c>transport.RegisterAsync(...)</c>).
    /// </summary>
    public static IServiceCollection AddStepFlowLocal(this IServiceCollection services, Action<LocalStepFunctionsTransport>? configure = null)
    {
        if (services is null)
        {
            throw new ArgumentNullException(nameof(services));
        }

        services.AddSingleton(_ =>
        {
            var transport = new LocalStepFunctionsTransport(new LocalStepFunctionsEngine());
            configure?.Invoke(transport);
            return transport;
        });
        services.AddSingleton<IStepFunctionsTransport>(provider => provider.GetRequiredService<LocalStepFunctionsTransport>());
        return services;
    }

    /// <summary>
    /// A generated client for one state machine, e.g.
    /// <c>services.AddStepFlowClient(arn, (transport, arn) =&gt; new OrdersWorkflowClient(transport, arn))</c>.
    /// </summary>
    public static IServiceCollection AddStepFlowClient<TClient>(this IServiceCollection services, string stateMachineArn, Func<IStepFunctionsTransport, string, TClient> create)
        where TClient : class
    {
        if (services is null)
        {
            throw new ArgumentNullException(nameof(services));
        }

        if (string.IsNullOrEmpty(stateMachineArn))
        {
            throw new ArgumentException("A state machine ARN is required", nameof(stateMachineArn));
        }

        if (create is null)
        {
            throw new ArgumentNullException(nameof(create));
        }

        services.AddTransient(provider => create(provider.GetRequiredService<IStepFunctionsTransport>(), stateMachineArn));
        return services;
    }
}

using System;
using System.Diagnostics;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Runtime;
using Amazon.Runtime.Credentials;
using StepFlow.Aws.Signing;
using StepFlow.Client;

namespace StepFlow.Aws.Protocol;

/// <summary>
/// The AWS JSON 1.0 protocol for Step Functions: POST / with the operation in X-Amz-Target, SigV4-signed, retried
/// with jittered backoff on throttling, 5xx and network errors, error bodies mapped to typed exceptions.
/// </summary>
internal sealed class AwsJsonClient
{
    public const string ContentType = "application/x-amz-json-1.0";
    public const string TargetPrefix = "AWSStepFunctions.";
    public const string SigningName = "states";

    private static readonly MediaTypeHeaderValue JsonContentType = new(ContentType);

    private readonly HttpClient _http;
    private readonly AwsStepFunctionsOptions _options;
    private readonly AwsEndpoints _endpoints;
    private readonly RetryPolicy _retry;
    private readonly Lazy<AWSCredentials> _credentials;

    public AwsJsonClient(HttpClient http, AwsStepFunctionsOptions options)
    {
        _http = http ?? throw new ArgumentNullException(nameof(http));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _endpoints = new AwsEndpoints(options);
        _retry = new RetryPolicy(options.MaxAttempts, options.RetryBaseDelay, options.MaxRetryDelay);
        _credentials = new Lazy<AWSCredentials>(() => options.Credentials ?? DefaultAWSCredentialsIdentityResolver.GetCredentials());
    }

    public AwsEndpoints Endpoints => _endpoints;

    /// <summary>Sends one operation and returns the response body; throws a <see cref="StepFunctionsException"/> subtype on errors.</summary>
    public async Task<JsonDocument> SendAsync(string operation, byte[] body, bool useSyncEndpoint, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var started = Stopwatch.GetTimestamp();
            HttpResponseMessage response;
            try
            {
                using var request = await CreateRequestAsync(operation, body, useSyncEndpoint, cancellationToken).ConfigureAwait(false);
                response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
            }
            catch (HttpRequestException e) when (attempt < _retry.MaxAttempts)
            {
                Trace(operation, attempt, null, e.GetType().Name, started);
                await DelayAsync(attempt, cancellationToken).ConfigureAwait(false);
                continue;
            }
            catch (HttpRequestException e)
            {
                Trace(operation, attempt, null, e.GetType().Name, started);
                throw new StepFunctionsException("NetworkError", operation + " failed after " + attempt + " attempts: " + e.Message, innerException: e);
            }

            using (response)
            {
                var payload = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
                var status = (int)response.StatusCode;
                if (response.IsSuccessStatusCode)
                {
                    Trace(operation, attempt, status, null, started);
                    return ParseBody(operation, payload.Length == 0 ? "{}"u8.ToArray() : payload, status);
                }

                var error = AwsErrorReader.Read(payload, response);
                Trace(operation, attempt, status, error.Code, started);
                if (attempt < _retry.MaxAttempts && RetryPolicy.IsRetryable(status, error.Code))
                {
                    await DelayAsync(attempt, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                throw StepFunctionsErrorCodes.ToException(error.Code, operation + ": " + error.Message, status, error.RequestId);
            }
        }
    }

    private async Task<HttpRequestMessage> CreateRequestAsync(string operation, byte[] body, bool useSyncEndpoint, CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, useSyncEndpoint ? _endpoints.Sync : _endpoints.Service)
        {
            Content = new ByteArrayContent(body) { Headers = { ContentType = JsonContentType } },
        };
        request.Headers.TryAddWithoutValidation("X-Amz-Target", TargetPrefix + operation);
        var credentials = await _credentials.Value.GetCredentialsAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
        SigV4Signer.Sign(request, body, credentials, _endpoints.Region, SigningName, _options.TimeProvider.GetUtcNow());
        return request;
    }

    private Task DelayAsync(int attempt, CancellationToken cancellationToken)
        => Task.Delay(_retry.DelayAfter(attempt), _options.TimeProvider, cancellationToken);

    private void Trace(string operation, int attempt, int? status, string? errorCode, long started)
        => _options.Trace?.Invoke(new AwsRequestTrace(operation, attempt, status, errorCode, Stopwatch.GetElapsedTime(started)));

    private static JsonDocument ParseBody(string operation, byte[] payload, int status)
    {
        try
        {
            return JsonDocument.Parse(payload);
        }
        catch (JsonException e)
        {
            throw new StepFunctionsException("InvalidResponse", operation + " returned a body that is not JSON (HTTP " + status + "): " + e.Message, status, innerException: e);
        }
    }
}

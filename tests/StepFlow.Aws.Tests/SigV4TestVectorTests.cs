using System;
using System.Collections.Generic;
using Amazon.Runtime;
using StepFlow.Aws.Signing;
using Xunit;

namespace StepFlow.Aws.Tests;

/// <summary>The signer against AWS's published SigV4 test suite (aws-sig-v4-test-suite): same inputs, same signatures.</summary>
public sealed class SigV4TestVectorTests
{
    private const string EmptyHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    private static readonly DateTime SignedAt = new(2015, 8, 30, 12, 36, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData("get-vanilla", "GET", "https://example.amazonaws.com/", "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31")]
    [InlineData("get-vanilla-query-order-key-case", "GET", "https://example.amazonaws.com/?Param2=value2&Param1=value1", "b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500")]
    [InlineData("get-utf8", "GET", "https://example.amazonaws.com/\u1234", "8318018e0b0f223aa2bbf98705b62bb787dc9c0e678f255a891fd03141be5d85")]
    [InlineData("post-vanilla", "POST", "https://example.amazonaws.com/", "5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b")]
    public void Signs_like_the_published_vector(string vector, string method, string url, string signature)
    {
        var headers = new List<KeyValuePair<string, string>>
        {
            new("Host", "example.amazonaws.com"),
            new("X-Amz-Date", "20150830T123600Z"),
        };

        var canonical = SigV4Signer.CanonicalRequest(method, new Uri(url), headers, EmptyHash, out var signedHeaders);
        var authorization = SigV4Signer.Authorization(new ImmutableCredentials(TestTransports.AccessKey, TestTransports.SecretKey, null), "us-east-1", "service", SignedAt, signedHeaders, canonical);

        Assert.True(
            authorization == "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=" + signature,
            vector + ": " + authorization);
    }

    [Fact]
    public void Canonical_request_of_get_vanilla_is_the_published_one()
    {
        var canonical = SigV4Signer.CanonicalRequest(
            "GET",
            new Uri("https://example.amazonaws.com/"),
            new List<KeyValuePair<string, string>> { new("Host", "example.amazonaws.com"), new("X-Amz-Date", "20150830T123600Z") },
            EmptyHash,
            out _);

        Assert.Equal("GET\n/\n\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\nhost;x-amz-date\n" + EmptyHash, canonical);
    }

    [Fact]
    public void Header_values_are_trimmed_and_inner_spaces_collapsed()
    {
        var canonical = SigV4Signer.CanonicalRequest(
            "GET",
            new Uri("https://example.amazonaws.com/"),
            new List<KeyValuePair<string, string>> { new("My-Header1", "  value1   with  spaces "), new("Host", "example.amazonaws.com") },
            EmptyHash,
            out var signed);

        Assert.Contains("my-header1:value1 with spaces\n", canonical);
        Assert.Equal("host;my-header1", signed);
    }
}

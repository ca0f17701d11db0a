<#
.SYNOPSIS
  Builds the KMS Tray MSI installers (English and Traditional Chinese) on Windows.

.DESCRIPTION
  The Windows counterpart of installer/build.sh, with the same module list (installer/jlink-modules.txt) and
  JVM options (installer/jvm-options.txt):
    1. the shaded jar (mvn package), unless -SkipJar;
    2. a jlink'd runtime: only the listed modules (checked against jdeps), jdk.localedata limited to en and
       zh-TW, no debug data, headers, man pages or native commands;
    3. jpackage app image "KMS Tray" with the launchers "KMS Tray.exe" (tray; its file description, which
       Windows shows on notifications, is "KMS Tray") and "kmstray.exe" (console, the command line);
    4. one MSI per language from that image, with this folder as jpackage's resource dir (main.wxs: Run
       value, event source, policy properties, closing the app; .wxl: installer strings).
  Output: target\installer\kms-tray-<version>-en.msi and kms-tray-<version>-zh-TW.msi.

  Needs: a JDK 17 (jlink, jpackage), Maven, WiX Toolset 3.x (candle.exe and light.exe on PATH or under
  %WIX%bin; JDK 17's jpackage uses WiX 3). Run from any folder:
    powershell -ExecutionPolicy Bypass -File installer\windows\build.ps1

.PARAMETER SkipJar
  Use target\kms-tray.jar as it is.

.PARAMETER Languages
  Which MSIs to build: en, zh-TW or both (default).
#>
[CmdletBinding()]
param(
    [switch] $SkipJar,
    [ValidateSet('en', 'zh-TW')] [string[]] $Languages = @('en', 'zh-TW')
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

# Fixed for every release: Windows Installer recognises an upgrade by it, so upgrades replace the old version
# and keep the users' settings (HKCU) and the policy values. Never change it.
$UpgradeCode = '71c8876d-fd89-4701-b09c-51a94bfc636e'

$root = (Resolve-Path (Join-Path $PSScriptRoot '..\..')).Path
Set-Location $root

function Fail([string] $message) {
    Write-Error "build.ps1: $message"
    exit 1
}

function Invoke-Tool([string] $exe, [string[]] $arguments) {
    & $exe @arguments
    if ($LASTEXITCODE -ne 0) { Fail "$([IO.Path]::GetFileName($exe)) failed with exit code $LASTEXITCODE" }
}

function Read-List([string] $file) {
    Get-Content -Encoding UTF8 $file | ForEach-Object { ($_ -replace '#.*', '').Trim() } | Where-Object { $_ -ne '' }
}

$jdk = if ($env:JAVA_HOME) { $env:JAVA_HOME } else { Split-Path (Split-Path (Get-Command java -ErrorAction SilentlyContinue).Source) }
foreach ($tool in 'jlink', 'jpackage', 'jdeps') {
    if (-not (Test-Path (Join-Path $jdk "bin\$tool.exe"))) { Fail "no $tool.exe in ${jdk}: set JAVA_HOME to a JDK 17" }
}
if ($env:WIX -and (Test-Path (Join-Path $env:WIX 'bin\candle.exe'))) { $env:PATH = (Join-Path $env:WIX 'bin') + ';' + $env:PATH }
if (-not (Get-Command candle.exe -ErrorAction SilentlyContinue)) {
    Fail 'WiX Toolset 3 not found (candle.exe): install it (e.g. choco install wixtoolset) and put its bin folder on PATH'
}

[xml] $pom = Get-Content -Encoding UTF8 pom.xml
$appVersion = ($pom.project.version -split '-')[0]

$jar = 'target\kms-tray.jar'
if (-not $SkipJar) {
    Invoke-Tool 'mvn' @('-B', '-q', 'package', '-DskipTests')
}
if (-not (Test-Path $jar)) { Fail "$jar is missing: run mvn -B package -DskipTests first" }

$modules = (Read-List 'installer\jlink-modules.txt') -join ','
$jvmOptions = @(Read-List 'installer\jvm-options.txt')

Write-Host '== checking the module list against jdeps'
$needed = (& (Join-Path $jdk 'bin\jdeps.exe') --multi-release 17 --ignore-missing-deps --print-module-deps $jar).Trim()
$missing = $needed -split ',' | Where-Object { ",$modules," -notlike "*,$_,*" }
if ($missing) { Fail "jdeps finds modules missing from installer\jlink-modules.txt: $($missing -join ' ')" }

$out = 'target\installer'
if (Test-Path $out) { Remove-Item -Recurse -Force $out }
New-Item -ItemType Directory -Force "$out\input" | Out-Null
Copy-Item $jar "$out\input\"

Write-Host "== jlink: $modules"
Invoke-Tool (Join-Path $jdk 'bin\jlink.exe') @('--add-modules', $modules, '--include-locales=en,zh-TW',
    '--strip-debug', '--no-header-files', '--no-man-pages', '--strip-native-commands', '--output', "$out\runtime")

$common = @('--name', 'KMS Tray', '--app-version', $appVersion, '--vendor', 'KMS Tray', '--description', 'KMS Tray')
$javaOptions = @()
foreach ($o in $jvmOptions) { $javaOptions += @('--java-options', $o) }

Write-Host "== jpackage: app image 'KMS Tray' $appVersion"
Invoke-Tool (Join-Path $jdk 'bin\jpackage.exe') (@('--type', 'app-image', '--dest', $out, '--resource-dir', 'installer\windows',
    '--input', "$out\input", '--main-jar', 'kms-tray.jar', '--main-class', 'org.kmstray.Main', '--runtime-image', "$out\runtime",
    '--add-launcher', 'kmstray=installer\kmstray-launcher.properties') + $common + $javaOptions)
$image = Join-Path $out 'KMS Tray'
$imageBytes = (Get-ChildItem -Recurse -File $image | Measure-Object -Sum Length).Sum
Write-Host ('   app image {0}: {1:N1} MB' -f $image, ($imageBytes / 1MB))

foreach ($lang in $Languages) {
    # One resource dir per language: a custom .wxl's culture comes first, so only the zh-TW build gets that file.
    $resources = Join-Path $out "resources-$lang"
    New-Item -ItemType Directory -Force $resources | Out-Null
    Copy-Item 'installer\windows\main.wxs', 'installer\windows\MsiInstallerStrings_en.wxl' $resources
    Get-ChildItem 'installer\windows\*.ico' -ErrorAction SilentlyContinue | Copy-Item -Destination $resources
    if ($lang -eq 'zh-TW') { Copy-Item 'installer\windows\MsiInstallerStrings_zh_TW.wxl' $resources }

    Write-Host "== jpackage: MSI ($lang)"
    $dest = Join-Path $out "msi-$lang"
    Invoke-Tool (Join-Path $jdk 'bin\jpackage.exe') (@('--type', 'msi', '--app-image', $image, '--dest', $dest,
        '--resource-dir', $resources, '--temp', (Join-Path $out "tmp-$lang"), '--verbose',
        '--win-upgrade-uuid', $UpgradeCode, '--win-menu', '--win-menu-group', 'KMS Tray') + $common)
    $msi = Get-ChildItem "$dest\*.msi" | Select-Object -First 1
    $target = Join-Path $out "kms-tray-$appVersion-$lang.msi"
    Move-Item $msi.FullName $target
    Write-Host ('   {0}: {1:N1} MB' -f $target, ((Get-Item $target).Length / 1MB))
}
Remove-Item -Recurse -Force "$out\input"

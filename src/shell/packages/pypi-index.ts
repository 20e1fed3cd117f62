// A small slice of PyPI as data: the releases `pip install` can pick for the packages the lessons
// use, each with the Python versions it supports, its dependencies (as its metadata states them)
// and its wheel sizes. The release lists are partial: only versions worth picking are kept.

export interface PyRelease {
  version: string;
  /** `requires_python`, as `>=3.9`. */
  python?: string;
  /** Requires-Dist lines, markers included: `importlib-metadata>=3.6.0; python_version < '3.10'`. */
  requires?: string[];
  /** Wheel file tag; default `py3-none-any`. `{cp}` becomes the interpreter tag (`cp312`). */
  tag?: string;
  /** Bytes of the wheel and of its `.metadata` file. */
  size: number;
  metadataSize: number;
}

export interface PyProject {
  /** The project's name as its metadata spells it. */
  name: string;
  /** Importable top-level modules it installs (a `.py` name for single-file modules). */
  modules: string[];
  /** Console scripts it puts in bin/. */
  scripts?: string[];
  summary: string;
  /** Oldest first. */
  releases: PyRelease[];
}

const MANYLINUX = '{cp}-{cp}-manylinux_2_17_x86_64.manylinux2014_x86_64';

export const PYPI: Record<string, PyProject> = {
  flask: {
    name: 'flask',
    modules: ['flask'],
    scripts: ['flask'],
    summary: 'A simple framework for building complex web applications.',
    releases: [
      {
        version: '1.1.4',
        python: '>=2.7',
        size: 94_600,
        metadataSize: 3_400,
        requires: [
          'Werkzeug<2.0,>=0.15',
          'Jinja2<3.0,>=2.10.1',
          'itsdangerous<2.0,>=0.24',
          'click<8.0,>=5.1',
        ],
      },
      {
        version: '2.2.5',
        python: '>=3.7',
        size: 101_800,
        metadataSize: 3_900,
        requires: [
          'Werkzeug>=2.2.2',
          'Jinja2>=3.0',
          'itsdangerous>=2.0',
          'click>=8.0',
          "importlib-metadata>=3.6.0; python_version < '3.10'",
        ],
      },
      {
        version: '3.0.3',
        python: '>=3.8',
        size: 101_700,
        metadataSize: 3_200,
        requires: [
          'Werkzeug>=3.0.0',
          'Jinja2>=3.1.2',
          'itsdangerous>=2.1.2',
          'click>=8.1.3',
          'blinker>=1.6.2',
          "importlib-metadata>=3.6.0; python_version < '3.10'",
        ],
      },
      {
        version: '3.1.2',
        python: '>=3.9',
        size: 103_300,
        metadataSize: 3_200,
        requires: [
          'blinker>=1.9.0',
          'click>=8.1.3',
          "importlib-metadata>=3.6.0; python_version < '3.10'",
          'itsdangerous>=2.2.0',
          'jinja2>=3.1.2',
          'markupsafe>=2.1.1',
          'werkzeug>=3.1.0',
        ],
      },
    ],
  },
  werkzeug: {
    name: 'werkzeug',
    modules: ['werkzeug'],
    summary: 'The comprehensive WSGI web application library.',
    releases: [
      { version: '1.0.1', python: '>=2.7', size: 298_600, metadataSize: 4_700 },
      {
        version: '2.2.3',
        python: '>=3.7',
        size: 233_600,
        metadataSize: 4_400,
        requires: ['MarkupSafe>=2.1.1'],
      },
      {
        version: '3.0.6',
        python: '>=3.8',
        size: 227_300,
        metadataSize: 3_700,
        requires: ['MarkupSafe>=2.1.1'],
      },
      {
        version: '3.1.3',
        python: '>=3.9',
        size: 224_500,
        metadataSize: 3_700,
        requires: ['MarkupSafe>=2.1.1'],
      },
    ],
  },
  jinja2: {
    name: 'jinja2',
    modules: ['jinja2'],
    summary: 'A very fast and expressive template engine.',
    releases: [
      { version: '2.11.3', size: 125_700, metadataSize: 3_400, requires: ['MarkupSafe>=0.23'] },
      {
        version: '3.1.6',
        python: '>=3.7',
        size: 134_900,
        metadataSize: 2_900,
        requires: ['MarkupSafe>=2.0'],
      },
    ],
  },
  markupsafe: {
    name: 'markupsafe',
    modules: ['markupsafe'],
    summary: 'Safely add untrusted strings to HTML/XML markup.',
    releases: [
      { version: '2.1.5', python: '>=3.7', tag: MANYLINUX, size: 25_900, metadataSize: 3_000 },
      { version: '3.0.3', python: '>=3.9', tag: MANYLINUX, size: 22_100, metadataSize: 2_700 },
    ],
  },
  itsdangerous: {
    name: 'itsdangerous',
    modules: ['itsdangerous'],
    summary: 'Safely pass data to untrusted environments and back.',
    releases: [
      { version: '1.1.0', size: 16_700, metadataSize: 2_800 },
      { version: '2.1.2', python: '>=3.7', size: 15_700, metadataSize: 2_900 },
      { version: '2.2.0', python: '>=3.8', size: 16_000, metadataSize: 1_900 },
    ],
  },
  click: {
    name: 'click',
    modules: ['click'],
    summary: 'Composable command line interface toolkit',
    releases: [
      { version: '7.1.2', size: 82_800, metadataSize: 3_000 },
      {
        version: '8.1.8',
        python: '>=3.7',
        size: 98_200,
        metadataSize: 2_300,
        requires: ["importlib-metadata; python_version < '3.8'"],
      },
      { version: '8.3.0', python: '>=3.10', size: 107_300, metadataSize: 2_600 },
    ],
  },
  blinker: {
    name: 'blinker',
    modules: ['blinker'],
    summary: 'Fast, simple object-to-object and broadcast signaling',
    releases: [
      { version: '1.6.3', python: '>=3.7', size: 13_400, metadataSize: 1_900 },
      { version: '1.9.0', python: '>=3.9', size: 8_500, metadataSize: 1_600 },
    ],
  },
  gunicorn: {
    name: 'gunicorn',
    modules: ['gunicorn'],
    scripts: ['gunicorn'],
    summary: 'WSGI HTTP Server for UNIX',
    releases: [
      { version: '19.9.0', size: 112_400, metadataSize: 1_700 },
      {
        version: '20.1.0',
        python: '>=3.5',
        size: 79_500,
        metadataSize: 3_800,
        requires: ['setuptools>=3.0'],
      },
      {
        version: '23.0.0',
        python: '>=3.7',
        size: 85_000,
        metadataSize: 4_400,
        requires: ['packaging'],
      },
    ],
  },
  packaging: {
    name: 'packaging',
    modules: ['packaging'],
    summary: 'Core utilities for Python packages',
    releases: [
      { version: '24.0', python: '>=3.7', size: 53_500, metadataSize: 3_200 },
      { version: '25.0', python: '>=3.8', size: 66_500, metadataSize: 3_300 },
    ],
  },
  redis: {
    name: 'redis',
    modules: ['redis'],
    summary: 'Python client for Redis database and key-value store',
    releases: [
      { version: '3.5.3', size: 72_100, metadataSize: 33_400 },
      {
        version: '4.6.0',
        python: '>=3.7',
        size: 241_100,
        metadataSize: 8_300,
        requires: [
          "async-timeout>=4.0.2; python_full_version <= '3.11.2'",
          "importlib-metadata>=1.0; python_version < '3.8'",
          "typing-extensions; python_version < '3.8'",
        ],
      },
      {
        version: '6.4.0',
        python: '>=3.9',
        size: 279_800,
        metadataSize: 10_800,
        requires: ["async-timeout>=4.0.3; python_full_version < '3.11.3'"],
      },
    ],
  },
  'async-timeout': {
    name: 'async-timeout',
    modules: ['async_timeout'],
    summary: 'Timeout context manager for asyncio programs',
    releases: [
      { version: '4.0.3', python: '>=3.7', size: 5_700, metadataSize: 4_200 },
      { version: '5.0.1', python: '>=3.8', size: 6_200, metadataSize: 5_100 },
    ],
  },
  'importlib-metadata': {
    name: 'importlib-metadata',
    modules: ['importlib_metadata'],
    summary: 'Read metadata from Python packages',
    releases: [
      {
        version: '6.7.0',
        python: '>=3.7',
        size: 22_600,
        metadataSize: 4_900,
        requires: ['zipp>=0.5', "typing-extensions>=3.6.4; python_version < '3.8'"],
      },
      {
        version: '8.7.0',
        python: '>=3.9',
        size: 27_700,
        metadataSize: 4_800,
        requires: ['zipp>=3.20'],
      },
    ],
  },
  zipp: {
    name: 'zipp',
    modules: ['zipp'],
    summary: 'Backport of pathlib-compatible object wrapper for zip files',
    releases: [
      { version: '3.15.0', python: '>=3.7', size: 6_800, metadataSize: 3_500 },
      { version: '3.23.0', python: '>=3.9', size: 10_300, metadataSize: 3_600 },
    ],
  },
  'typing-extensions': {
    name: 'typing-extensions',
    modules: ['typing_extensions.py'],
    summary: 'Backported and Experimental Type Hints for Python 3.9+',
    releases: [
      { version: '4.7.1', python: '>=3.7', size: 33_200, metadataSize: 3_100 },
      { version: '4.15.0', python: '>=3.9', size: 44_600, metadataSize: 3_300 },
    ],
  },
  setuptools: {
    name: 'setuptools',
    modules: ['setuptools', 'pkg_resources'],
    summary: 'Easily download, build, install, upgrade, and uninstall Python packages',
    releases: [{ version: '80.9.0', python: '>=3.9', size: 1_201_500, metadataSize: 6_600 }],
  },
  requests: {
    name: 'requests',
    modules: ['requests'],
    summary: 'Python HTTP for Humans.',
    releases: [
      {
        version: '2.31.0',
        python: '>=3.7',
        size: 62_600,
        metadataSize: 4_600,
        requires: [
          'charset-normalizer<4,>=2',
          'idna<4,>=2.5',
          'urllib3<3,>=1.21.1',
          'certifi>=2017.4.17',
        ],
      },
      {
        version: '2.32.5',
        python: '>=3.9',
        size: 64_700,
        metadataSize: 4_900,
        requires: [
          'charset_normalizer<4,>=2',
          'idna<4,>=2.5',
          'urllib3<3,>=1.21.1',
          'certifi>=2017.4.17',
        ],
      },
    ],
  },
  'charset-normalizer': {
    name: 'charset-normalizer',
    modules: ['charset_normalizer'],
    scripts: ['normalizer'],
    summary: 'The Real First Universal Charset Detector.',
    releases: [
      { version: '3.4.3', python: '>=3.7', tag: MANYLINUX, size: 151_600, metadataSize: 36_000 },
    ],
  },
  idna: {
    name: 'idna',
    modules: ['idna'],
    summary: 'Internationalized Domain Names in Applications (IDNA)',
    releases: [
      { version: '3.7', python: '>=3.5', size: 66_800, metadataSize: 9_900 },
      { version: '3.10', python: '>=3.6', size: 70_400, metadataSize: 10_000 },
    ],
  },
  urllib3: {
    name: 'urllib3',
    modules: ['urllib3'],
    summary: 'HTTP library with thread-safe connection pooling, file post, and more.',
    releases: [
      { version: '2.0.7', python: '>=3.7', size: 124_200, metadataSize: 6_600 },
      { version: '2.5.0', python: '>=3.9', size: 129_800, metadataSize: 6_500 },
    ],
  },
  certifi: {
    name: 'certifi',
    modules: ['certifi'],
    summary: "Python package for providing Mozilla's CA Bundle.",
    releases: [{ version: '2025.8.3', python: '>=3.7', size: 161_200, metadataSize: 2_400 }],
  },
};
